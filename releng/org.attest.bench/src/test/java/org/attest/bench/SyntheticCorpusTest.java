package org.attest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.uima.cas.CAS;
import org.attest.cas.CasFactory;
import org.attest.cas.Layers;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {

    private final SyntheticCorpus sut = new SyntheticCorpus(42, 300);

    @TempDir
    Path tmp;

    @Test
    void theSameSeedGivesAByteIdenticalCorpus() throws Exception {
        List<Path> first = sut.writeTexts(tmp.resolve("a"), 50);
        List<Path> second = new SyntheticCorpus(42, 300).writeTexts(tmp.resolve("b"), 50);

        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
        }
        assertThat(new SyntheticCorpus(42, 300).digest()).isEqualTo(sut.digest());
        assertThat(new SyntheticCorpus(43, 300).digest()).isNotEqualTo(sut.digest());
    }

    @Test
    void documentsAreAboutFourKilobytesWithTwentyFiveEntitiesAndFiveClaims() {
        List<SyntheticDocument> docs = IntStream.range(0, 100).mapToObj(sut::document).toList();

        double bytes = docs.stream().mapToInt(d -> d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .average().orElseThrow();
        double entities = docs.stream().mapToLong(d -> count(d, DefaultSchema.ENTITY)).average().orElseThrow();
        double claims = docs.stream().mapToLong(d -> count(d, DefaultSchema.CLAIM)).average().orElseThrow();
        assertThat(bytes).isBetween(3800.0, 4600.0);
        assertThat(entities).isBetween(22.0, 30.0);
        assertThat(claims).isBetween(4.0, 6.0);
        assertThat(docs.get(0).links().get(0))
                .allSatisfy(l -> assertThat(l.layer()).isEqualTo(DefaultSchema.ATTRIBUTION))
                .hasSize((int) count(docs.get(0), DefaultSchema.CLAIM));
    }

    @Test
    void annotatorsAgreeOnAboutEightyPercentOfTheirMarks() {
        int same = 0;
        int shifted = 0;
        int relabelled = 0;
        for (int i = 0; i < 200; i++) {
            SyntheticDocument doc = sut.document(i);
            List<Mark> reference = doc.marks().get(0);
            for (int a = 1; a < 3; a++) {
                List<Mark> other = doc.marks().get(a);
                for (int m = 0; m < reference.size(); m++) {
                    Mark x = reference.get(m);
                    Mark y = other.get(m);
                    if (x.equals(y)) {
                        same++;
                    } else if (x.begin() != y.begin() || x.end() != y.end()) {
                        shifted++;
                    } else {
                        relabelled++;
                    }
                }
            }
        }
        double total = same + shifted + relabelled;
        // two annotators each change 20% of the marks independently: about 0.8 * 0.8 + 0.2 * 0.2 * small agree
        assertThat(same / total).isBetween(0.60, 0.70);
        assertThat(shifted / total).isBetween(0.13, 0.25);
        assertThat(relabelled / total).isBetween(0.10, 0.22);
    }

    @Test
    void onePercentOfDocumentsAreAdversarialAndNoMarkSplitsASurrogatePair() {
        List<SyntheticDocument> docs = IntStream.range(0, 300).mapToObj(sut::document).toList();
        List<SyntheticDocument> adversarial = docs.stream().filter(SyntheticDocument::adversarial).toList();

        assertThat(adversarial).hasSize(3);
        for (SyntheticDocument doc : adversarial) {
            assertThat(doc.text().codePoints().anyMatch(Character::isSupplementaryCodePoint)).isTrue();
            assertThat(doc.marks().get(0)).anyMatch(m -> m.begin() == m.end());
            assertThat(overlaps(doc.marks().get(0))).isTrue();
        }
        for (SyntheticDocument doc : docs) {
            for (List<Mark> marks : doc.marks()) {
                assertThat(marks).allSatisfy(m -> {
                    assertThat(m.end()).isLessThanOrEqualTo(doc.text().length());
                    assertThat(splitsPair(doc.text(), m.begin())).as("%s in %s", m, doc.id()).isFalse();
                    assertThat(splitsPair(doc.text(), m.end())).as("%s in %s", m, doc.id()).isFalse();
                });
            }
        }
    }

    @Test
    void everyAnnotatorsMarksBuildACasThroughLayers() {
        CasFactory factory = new CasFactory(DefaultSchema.create());
        SyntheticDocument doc = sut.document(SyntheticCorpus.ADVERSARIAL_EVERY / 2);

        for (int a = 0; a < SyntheticCorpus.ANNOTATORS.size(); a++) {
            CAS cas = SyntheticCorpus.toCas(doc, a, factory);
            Layers layers = new Layers(cas, factory.schema());
            assertThat(layers.spans(DefaultSchema.ENTITY)).hasSize((int) doc.marks().get(a).stream()
                    .filter(m -> m.layer().equals(DefaultSchema.ENTITY)).count());
            assertThat(layers.relations(DefaultSchema.ATTRIBUTION)).hasSize(doc.links().get(a).size());
        }
    }

    private static long count(SyntheticDocument doc, String layer) {
        return doc.marks().get(0).stream().filter(m -> m.layer().equals(layer)).count();
    }

    private static boolean overlaps(List<Mark> marks) {
        for (Mark a : marks) {
            for (Mark b : marks) {
                if (a != b && a.layer().equals(b.layer()) && a.begin() < b.begin() && b.begin() < a.end()
                        && a.end() < b.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }
}
