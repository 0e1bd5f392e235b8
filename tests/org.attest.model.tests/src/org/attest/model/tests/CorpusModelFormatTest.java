package org.attest.model.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.attest.model.AnnotationState;
import org.attest.model.Annotator;
import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.Entity;
import org.attest.model.persist.CorpusModelException;
import org.attest.model.persist.CorpusModelFormat;
import org.junit.jupiter.api.Test;

class CorpusModelFormatTest {

    private static Corpus sample() {
        CorpusFactory f = CorpusFactory.eINSTANCE;
        Corpus corpus = CorpusModelFormat.newCorpus("flood");
        Annotator kari = f.createAnnotator();
        kari.setName("kari");
        corpus.getAnnotators().add(kari);
        Document doc = f.createDocument();
        doc.setId("harbour-flood-a");
        doc.setTitle("Flood in Port Vesna");
        doc.setTextSha256("ab".repeat(32));
        AnnotationState state = f.createAnnotationState();
        state.setAnnotator(kari);
        state.setState(DocumentState.IN_PROGRESS);
        doc.getStates().add(state);
        corpus.getDocuments().add(doc);
        Entity mayor = f.createEntity();
        mayor.setId("E1");
        mayor.setCanonicalName("Ana Kovačić");
        mayor.getAliases().add("Ana Kovacic");
        corpus.getEntities().add(mayor);
        return corpus;
    }

    @Test
    void preparingReadsAnEmptyCorpusAsTheCommandLinesWarmUpDoesAndCanBeDoneAgain() {
        // a failure here would go unseen in the command line, which leaves the first real read to report it
        assertThatCode(CorpusModelFormat::prepare).doesNotThrowAnyException();
        assertThatCode(CorpusModelFormat::prepare).doesNotThrowAnyException();
    }

    @Test
    void aCorpusSurvivesARoundTripAndWritesIdenticalBytesAgain() throws Exception {
        byte[] first = CorpusModelFormat.write(sample());

        Corpus read = CorpusModelFormat.read(first, "corpus.xmi");

        assertThat(read.getDocuments()).singleElement().satisfies(d -> {
            assertThat(d.getTitle()).isEqualTo("Flood in Port Vesna");
            assertThat(d.getStates().get(0).getAnnotator().getName()).isEqualTo("kari");
            assertThat(d.getStates().get(0).getState()).isEqualTo(DocumentState.IN_PROGRESS);
        });
        assertThat(read.getEntities().get(0).getAliases()).containsExactly("Ana Kovacic");
        assertThat(read.getSchema().getLayers()).hasSize(6);
        assertThat(CorpusModelFormat.write(read)).isEqualTo(first);
    }

    @Test
    void manyThreadsWritingAtOnceWriteTheBytesAFirstWriteOnAFreshThreadDoes() throws Exception {
        Corpus sample = sample();
        byte[] fresh = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }).submit(() -> CorpusModelFormat.write(sample)).get();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<byte[]>> writes = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                // each thread its own copy, read from the bytes: a model object belongs to one resource at a time
                writes.add(pool.submit(() -> CorpusModelFormat.write(CorpusModelFormat.read(fresh, "corpus.xmi"))));
            }

            for (java.util.concurrent.Future<byte[]> write : writes) {
                assertThat(write.get()).isEqualTo(fresh);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theFileIsReadableXmlWithReferencesByName() throws Exception {
        String xmi = new String(CorpusModelFormat.write(sample()), StandardCharsets.UTF_8);

        assertThat(xmi).contains("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("title=\"Flood in Port Vesna\"")
                .contains("annotator=\"#kari\"")
                .contains("canonicalName=\"Ana Kovačić\"");
    }

    @Test
    void aTruncatedFileIsAnErrorNamingTheFile() throws Exception {
        byte[] whole = CorpusModelFormat.write(sample());
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> CorpusModelFormat.read(truncated, "/data/c/corpus.xmi"))
                .isInstanceOf(CorpusModelException.class)
                .hasMessageStartingWith("/data/c/corpus.xmi");
    }

    @Test
    void anUnknownElementIsReportedNotDropped() throws Exception {
        String xmi = new String(CorpusModelFormat.write(sample()), StandardCharsets.UTF_8)
                .replace("<documents ", "<mystery name=\"x\"/>\n  <documents ");

        assertThatThrownBy(() -> CorpusModelFormat.read(xmi.getBytes(StandardCharsets.UTF_8), "corpus.xmi"))
                .isInstanceOf(CorpusModelException.class)
                .hasMessageContaining("corpus.xmi")
                .hasMessageContaining("mystery");
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedUnresolved() {
        String evil = "<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<attest:Corpus xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:attest=\"http://attest.org/corpus/1.0\" name=\"&x;\"/>";

        assertThatThrownBy(() -> CorpusModelFormat.read(evil.getBytes(StandardCharsets.UTF_8), "corpus.xmi"))
                .isInstanceOf(CorpusModelException.class)
                .hasMessageContaining("corpus.xmi")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void aFileWithoutACorpusRootIsRefused() {
        String other = "<?xml version=\"1.0\"?>\n<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"/>";

        assertThatThrownBy(() -> CorpusModelFormat.read(other.getBytes(StandardCharsets.UTF_8), "corpus.xmi"))
                .isInstanceOf(CorpusModelException.class)
                .hasMessageContaining("no Attest corpus");
    }
}
