package org.attest.dkpro;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.attest.dkpro.ConllDocuments.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An INCEpTION project export ZIP (see {@link InceptionProject}) with two documents, two users and the curation, its
 * XMI written by DKPro Core, imported with {@code attest import DIR PROJECT.zip}: the users become annotators with
 * their states, the curation becomes the gold, and each one's labels come back out of the export.
 */
final class InceptionProjectImportTest {

    // bob took every MISC entity for an organisation; alice and the curator kept the source's labels
    private static final UnaryOperator<String> BOB = label -> "MISC".equals(label) ? "ORG" : label;

    @Test
    void thatAnInceptionProjectBecomesACorpusWithItsAnnotatorsAndGold(@TempDir Path temp) throws Exception {
        List<Path> sources = ConllSource.writeDocuments(temp.resolve("conll"));
        InceptionProject project = new InceptionProject("news-ner");
        for (Path source : sources) {
            Map<String, InceptionProject.User> work = new LinkedHashMap<>();
            work.put("alice", new InceptionProject.User("FINISHED", UnaryOperator.identity()));
            work.put("bob", new InceptionProject.User("IN_PROGRESS", BOB));
            project.document(source, work);
        }
        Path zip = project.write(temp.resolve("news-ner-project.zip"), temp.resolve("xmi"));
        Path corpus = temp.resolve("corpus");
        AttestCli sut = AttestCli.in(temp);

        String report = sut.ok("import", corpus.toString(), zip.toString());

        // DKPro's reader made POS annotations, which no layer of Attest's default schema takes: reported, not dropped
        assertThat(report).as("the report of attest import")
                .contains("de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS");

        assertThat(sut.ok("annotators", corpus.toString()).lines().map(String::strip).toList())
                .as("the annotators of the imported corpus").containsExactlyInAnyOrder("alice", "bob");
        String info = sut.ok("info", corpus.toString());
        assertThat(info).as("attest info of the imported corpus")
                .contains(sources.size() + " document(s), 2 annotator(s)");
        assertThat(info.lines().filter(l -> l.contains("alice=finished") && l.contains("bob=in-progress")
                && l.contains("gold=curated"))).as("document rows with alice finished, bob in progress and the gold "
                        + "curated, in:\n%s", info)
                .hasSize(sources.size());
        List<Document> expected = ConllSource.documents();
        TokenComparison.assertSameDocuments("the gold's CoNLL export against the curated source (labels mapped)",
                ConllDocuments.sentences(expected.stream().map(Document::inAttestLabels).toList()),
                ConllDocuments.sentences(sut.exportConll(corpus, temp.resolve("gold"), "gold")));
        TokenComparison.assertSameDocuments("bob's CoNLL export against his annotations (labels mapped)",
                ConllDocuments.sentences(expected.stream().map(d -> d.relabel(BOB).inAttestLabels()).toList()),
                ConllDocuments.sentences(sut.exportConll(corpus, temp.resolve("bob"), "bob")));
    }
}
