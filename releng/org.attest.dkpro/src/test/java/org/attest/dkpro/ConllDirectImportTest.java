package org.attest.dkpro;

import java.nio.file.Path;
import java.util.List;

import org.attest.dkpro.ConllDocuments.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CoNLL-2003 file of two documents (each after its {@code -DOCSTART-} line) imported into Attest directly as an
 * annotator's work and exported as CoNLL again: the tokens, sentences and labels (mapped by Attest's default map, see
 * {@link ConllDocuments#ATTEST_LABELS}) must be the source's.
 */
final class ConllDirectImportTest {

    @Test
    void thatEverySourceTokenAndLabelComesBackAfterADirectImport(@TempDir Path temp) {
        Path source = ConllSource.writeCorpus(temp.resolve("news.conll"));
        Path corpus = temp.resolve("corpus");
        AttestCli sut = AttestCli.in(temp);
        sut.ok("init", corpus.toString());

        sut.ok("import", corpus.toString(), source.toString(), "--annotator", "ann");
        List<Document> exported = sut.exportConll(corpus, temp.resolve("out"), "ann");

        TokenComparison.assertSameDocuments("Attest's CoNLL export against the imported CoNLL file (labels mapped)",
                ConllDocuments.sentences(
                        ConllSource.documents().stream().map(Document::inAttestLabels).toList()),
                ConllDocuments.sentences(exported));
    }

    @Test
    void thatTheLabelMapGivesEverySourceLabelBackByItsOwnName(@TempDir Path temp) {
        Path source = ConllSource.writeCorpus(temp.resolve("news.conll"));
        Path corpus = temp.resolve("corpus");
        AttestCli sut = AttestCli.in(temp);
        sut.ok("init", corpus.toString());

        sut.ok("import", corpus.toString(), source.toString(), "--annotator", "ann");
        List<Document> exported = sut.exportConll(corpus, temp.resolve("out"), "ann", "--label-map", "conll2003");

        TokenComparison.assertSameDocuments("Attest's CoNLL export with --label-map conll2003 against the source",
                ConllDocuments.sentences(ConllSource.documents()), ConllDocuments.sentences(exported));
    }
}
