package org.attest.dkpro;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.attest.dkpro.ConllDocuments.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CoNLL-2003 source read by DKPro Core's {@code Conll2003Reader} and written by its {@code XmiWriter}, imported into
 * Attest as an annotator's work and exported as CoNLL again: the tokens, sentences and labels must be the source's.
 * Attest names the labels by its default map (PER, ORG, LOC, MISC become PERSON, ORGANIZATION, LOCATION, OTHER), so
 * the source is compared through that map ({@link ConllDocuments#ATTEST_LABELS}).
 */
final class DkproXmiRoundTripTest {

    // the round trip runs once for both tests: each run of the command line takes seconds
    @TempDir
    static Path temp;

    private static List<Path> sources;

    @BeforeAll
    static void convertImportAndExport() throws Exception {
        sources = ConllSource.writeDocuments(temp.resolve("conll"));
        List<String> command = new ArrayList<>(List.of("import", temp.resolve("corpus").toString()));
        for (Path source : sources) {
            command.add(Dkpro.toXmi(source, temp.resolve("xmi"), UnaryOperator.identity()).toString());
        }
        // DKPro's POS tags and chunks have no layer in Attest's default schema
        command.addAll(List.of("--annotator", "ann", "--ignore-unknown-types"));
        AttestCli attest = AttestCli.in(temp);
        attest.ok("init", temp.resolve("corpus").toString());
        attest.ok(command.toArray(String[]::new));
        attest.ok("export", temp.resolve("corpus").toString(), temp.resolve("out").toString(), "--format", "conll",
                "--from", "ann", "--split", "100");
        attest.ok("export", temp.resolve("corpus").toString(), temp.resolve("named").toString(), "--format", "conll",
                "--from", "ann", "--split", "100", "--label-map", "conll2003");
    }

    @Test
    void thatTheLabelMapGivesEverySourceLabelBackByItsOwnName() throws Exception {
        String sut = Files.readString(temp.resolve("named").resolve(AttestCli.CONLL_EXPORT), StandardCharsets.UTF_8);
        List<String> blocks = ConllDocuments.split(sut);
        assertThat(blocks).hasSize(sources.size());

        for (int d = 0; d < sources.size(); d++) {
            Path attestFile = Files.writeString(temp.resolve("named-doc" + (d + 1) + ".conll"), blocks.get(d),
                    StandardCharsets.UTF_8);
            assertThat(Dkpro.read(attestFile).entities())
                    .as("the named entities DKPro reads in Attest's document %d exported with --label-map conll2003",
                            d + 1)
                    .containsExactlyElementsOf(Dkpro.read(sources.get(d)).entities());
        }
        TokenComparison.assertSameDocuments("Attest's CoNLL export with --label-map conll2003 against the source",
                ConllDocuments.sentences(ConllSource.documents()), ConllDocuments.sentences(ConllDocuments.parse(sut)));
    }

    @Test
    void thatEverySourceTokenAndLabelComesBackAfterDkproXmiAndAttest() {
        List<Document> sut = ConllDocuments.read(temp.resolve("out").resolve(AttestCli.CONLL_EXPORT));

        TokenComparison.assertSameDocuments("Attest's CoNLL export against the CoNLL source (labels mapped)",
                ConllDocuments.sentences(ConllSource.documents().stream().map(Document::inAttestLabels).toList()),
                ConllDocuments.sentences(sut));
    }

    @Test
    void thatDkproReadsAttestsConllAsItReadsTheSource() throws Exception {
        // DKPro's reader would take the -DOCSTART- line for a sentence: each document goes into a file of its own
        String export = Files.readString(temp.resolve("out").resolve(AttestCli.CONLL_EXPORT), StandardCharsets.UTF_8);
        List<String> blocks = ConllDocuments.split(export);
        assertThat(blocks).as("the documents of Attest's export %s", AttestCli.CONLL_EXPORT).hasSize(sources.size());

        for (int d = 0; d < sources.size(); d++) {
            Path attestFile = Files.writeString(temp.resolve("attest-doc" + (d + 1) + ".conll"), blocks.get(d),
                    StandardCharsets.UTF_8);
            Dkpro.Reading source = Dkpro.read(sources.get(d));
            Dkpro.Reading sut = Dkpro.read(attestFile);

            TokenComparison.assertSameSentences(
                    "DKPro's reading of Attest's document " + (d + 1) + " against the source",
                    source.sentences(), sut.sentences());
            assertThat(sut.entities()).as("the named entities DKPro reads in Attest's document %d (source labels "
                    + "mapped)", d + 1).containsExactlyElementsOf(inAttestLabels(source.entities()));
        }
    }

    private static List<Dkpro.Entity> inAttestLabels(List<Dkpro.Entity> entities) {
        return entities.stream().map(e -> new Dkpro.Entity(
                ConllDocuments.ATTEST_LABELS.getOrDefault(e.value(), e.value()), e.firstToken(), e.lastToken(),
                e.text())).toList();
    }
}
