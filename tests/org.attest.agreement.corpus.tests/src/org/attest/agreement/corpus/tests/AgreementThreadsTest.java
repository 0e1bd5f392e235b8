package org.attest.agreement.corpus.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.attest.agreement.corpus.AgreementReport;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.AgreementService;
import org.attest.agreement.corpus.NoAnnotation;
import org.attest.cas.CasFactory;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreement computed on several threads gives exactly the report of one thread, in memory and from a corpus on disk.
 */
class AgreementThreadsTest {

    private static final Schema SCHEMA = DefaultSchema.create();
    private static final CasFactory FACTORY = new CasFactory(SCHEMA);
    private static final String[] ANNOTATORS = {"anna", "ben", "carl"};

    @TempDir
    Path tmp;

    // 60 documents of random entities, claims, cues, sources and attributions; every seventh has one annotator in
    // progress
    private static MemoryInput randomCorpus() {
        MemoryInput input = new MemoryInput(SCHEMA);
        Random random = new Random(7);
        String text = "x".repeat(1200);
        for (int d = 0; d < 60; d++) {
            for (String annotator : ANNOTATORS) {
                CAS cas = FACTORY.emptyCas();
                cas.setDocumentText(text);
                AgreementBenchmark.annotate(cas, SCHEMA, random);
                boolean inProgress = d % 7 == 0 && annotator.equals("ben");
                input.add(String.format("doc-%02d", d), annotator,
                        inProgress ? DocumentState.IN_PROGRESS : DocumentState.FINISHED, cas);
            }
        }
        return input;
    }

    @Test
    void severalThreadsGiveTheReportAndProgressOfOneThread() throws Exception {
        MemoryInput input = randomCorpus();
        List<String> sequentialProgress = new ArrayList<>();
        AgreementReport sequential = new AgreementService(input).compute(AgreementRequest.defaults(),
                sequentialProgress::add, 1);

        for (int threads : new int[]{2, 3, 4}) {
            List<String> progress = new ArrayList<>();
            AgreementReport sut = new AgreementService(input).compute(AgreementRequest.defaults(), progress::add,
                    threads);

            assertThat(sut).as("%d threads", threads).isEqualTo(sequential);
            assertThat(sut.toString()).isEqualTo(sequential.toString());
            assertThat(progress).isEqualTo(sequentialProgress);
        }
        assertThat(sequential.documentsCounted()).isEqualTo(60);
        assertThat(sequential.layers().get(0).units()).isGreaterThan(1000);
    }

    @Test
    void aCorpusOnDiskReadInParallelWithReusedCasesGivesTheSequentialReport() throws Exception {
        Path corpus = corpusOfThreeAnnotators();
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            AgreementRequest request = new AgreementRequest(null, Set.of(), true, NoAnnotation.MISSING);
            AgreementReport sequential = new AgreementService(store).compute(request, m -> {
            }, 1);
            // without the cache the CAS files themselves are read, in parallel, into reused CASes
            Path cache = store.layout().cache().resolve("observations.bin");
            Files.delete(cache);
            AgreementReport sut = new AgreementService(store).compute(request, m -> {
            });
            Files.delete(cache);
            AgreementReport again = new AgreementService(store).compute(request, m -> {
            }, 4);

            assertThat(sut).isEqualTo(sequential);
            assertThat(again).isEqualTo(sequential);
            assertThat(sequential.documentsCounted()).isEqualTo(12);
        }
    }

    @Test
    void aBrokenFileInParallelIsReportedByNameAsInOneThread() throws Exception {
        Path corpus = corpusOfThreeAnnotators();
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            Document fifth = store.corpus().getDocuments().get(4);
            Path broken = store.layout().cas(fifth.getId(), "ben");
            Files.write(broken, new byte[]{1, 2, 3});

            assertThatThrownBy(() -> new AgreementService(store).compute(AgreementRequest.defaults(), m -> {
            }, 2))
                    .isInstanceOf(CorpusException.class).hasMessageContaining(broken.toString());
        }
    }

    private Path corpusOfThreeAnnotators() throws Exception {
        return ThreeAnnotatorCorpus.create(tmp);
    }
}
