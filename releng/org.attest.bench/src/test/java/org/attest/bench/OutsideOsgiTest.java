package org.attest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.attest.cas.Layers;
import org.attest.imports.ImportReport;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DESIGN.md rule "the headless bundles work as plain jars outside OSGi", checked on a plain class path. */
class OutsideOsgiTest {

    @TempDir
    Path tmp;

    @Test
    void theClassPathHoldsNoOsgiFramework() {
        assertThatThrownBy(() -> Class.forName("org.osgi.framework.Bundle")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.eclipse.core.runtime.Platform"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theCoreImportsWritesAndReadsACorpusOnAPlainClassPath() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(7, 60);
        List<Path> texts = corpus.writeTexts(tmp.resolve("in"), 60);
        Path dir = tmp.resolve("corpus");

        try (CorpusStore sut = CorpusStore.init(dir, "outside-osgi", "test")) {
            ImportReport report = new ImportService(sut)
                    .run(new ImportService.Request(texts, ImportOptions.defaults(), null, null), m -> {
                    });
            assertThat(report.added()).hasSize(60);
            SyntheticDocument adversarial = corpus.document(SyntheticCorpus.ADVERSARIAL_EVERY / 2);
            Document doc = sut.document(adversarial.id()).orElseThrow();
            sut.writeCas(doc, "ann2", SyntheticCorpus.toCas(adversarial, 1, sut.casFactory()));
            sut.saveModel();
        }

        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            assertThat(sut.corpus().getDocuments()).hasSize(60);
            SyntheticDocument expected = corpus.document(SyntheticCorpus.ADVERSARIAL_EVERY / 2);
            CAS cas = sut.readCas(sut.document(expected.id()).orElseThrow(), "ann2");
            Layers layers = new Layers(cas, sut.corpus().getSchema());

            assertThat(cas.getDocumentText()).isEqualTo(expected.text());
            List<Mark> marks = expected.marks().get(1);
            assertThat(layers.spans(DefaultSchema.ENTITY))
                    .extracting(fs -> fs.getBegin() + "-" + fs.getEnd() + " " + layers.label(fs))
                    .containsExactlyInAnyOrderElementsOf(
                            marks.stream().filter(m -> m.layer().equals(DefaultSchema.ENTITY))
                                    .map(m -> m.begin() + "-" + m.end() + " " + m.label()).toList());
            assertThat(layers.relations(DefaultSchema.ATTRIBUTION)).hasSize(expected.links().get(1).size())
                    .allSatisfy(r -> assertThat(layers.value(r, "cue")).isNotNull());
        }
    }
}
