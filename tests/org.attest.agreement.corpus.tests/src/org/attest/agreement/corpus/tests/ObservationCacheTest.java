package org.attest.agreement.corpus.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.agreement.corpus.AgreementReport;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.AgreementService;
import org.attest.cas.Layers;
import org.attest.model.Document;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreement keeps what it read from each CAS file in {@code .attest/cache}: an unchanged file is not read again, a
 * changed one is, and a damaged cache never changes a figure.
 */
class ObservationCacheTest {

    private static final int FILES = 12 * ThreeAnnotatorCorpus.NAMES.length;

    @TempDir
    Path tmp;

    private Path corpus;
    private Path cacheFile;

    @BeforeEach
    void createCorpus() throws Exception {
        corpus = ThreeAnnotatorCorpus.create(tmp);
        cacheFile = corpus.resolve(".attest/cache/observations.bin");
    }

    @Test
    void aSecondRunReadsNoCasFileAndGivesTheSameReport() throws Exception {
        List<String> first = new ArrayList<>();
        AgreementReport expected = compute(first);
        List<String> second = new ArrayList<>();

        AgreementReport sut = compute(second);

        assertThat(first).contains("agreement: read " + FILES + " CAS file(s), 0 unchanged one(s) from the cache");
        assertThat(second).contains("agreement: read 0 CAS file(s), " + FILES + " unchanged one(s) from the cache");
        assertThat(sut).isEqualTo(expected);
        assertThat(sut.toString()).isEqualTo(expected.toString());
        assertThat(cacheFile).isRegularFile();
        // the entries of the first run went to a scratch file beside the cache, not into memory; it is gone
        try (var files = Files.list(cacheFile.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).contains("observations.bin")
                    .noneMatch(name -> name.startsWith("observations.bin."));
        }
    }

    @Test
    void anEditedCasIsReadAgainAndItsNewAnnotationsCount() throws Exception {
        AgreementReport before = compute(new ArrayList<>());
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            Document first = store.corpus().getDocuments().get(0);
            CAS cas = store.readCas(first, "ben");
            new Layers(cas, store.corpus().getSchema()).addSpan(DefaultSchema.ENTITY, 0, 5, Map.of("type", "EVENT"));
            store.writeCas(first, "ben", cas);
        }
        List<String> progress = new ArrayList<>();

        AgreementReport sut = compute(progress);

        assertThat(progress)
                .contains("agreement: read 1 CAS file(s), " + (FILES - 1) + " unchanged one(s) from the cache");
        assertThat(sut).isNotEqualTo(before);
        Files.delete(cacheFile);
        assertThat(sut).isEqualTo(compute(new ArrayList<>()));
    }

    @Test
    void aDamagedCacheIsNamedReadAroundAndWrittenAnew() throws Exception {
        AgreementReport expected = compute(new ArrayList<>());
        byte[] bytes = Files.readAllBytes(cacheFile);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(cacheFile, bytes);
        List<String> progress = new ArrayList<>();

        AgreementReport sut = compute(progress);

        assertThat(sut).isEqualTo(expected);
        assertThat(progress).anySatisfy(line -> assertThat(line).contains(cacheFile.toString()).contains("damaged")
                .contains("checksum"));
        assertThat(progress).contains("agreement: read " + FILES + " CAS file(s), 0 unchanged one(s) from the cache");
        List<String> again = new ArrayList<>();
        compute(again);
        assertThat(again).contains("agreement: read 0 CAS file(s), " + FILES + " unchanged one(s) from the cache");
    }

    @Test
    void aTruncatedCacheGivesTheFiguresOfTheCases() throws Exception {
        AgreementReport expected = compute(new ArrayList<>());
        byte[] bytes = Files.readAllBytes(cacheFile);
        Files.write(cacheFile, Arrays.copyOf(bytes, bytes.length - 100));
        List<String> progress = new ArrayList<>();

        AgreementReport sut = compute(progress);

        assertThat(sut).isEqualTo(expected);
        assertThat(progress).anySatisfy(line -> assertThat(line).contains(cacheFile.toString()).contains("damaged"));
    }

    @Test
    void aCasCopiedIntoAnotherDocumentIsRefusedThoughTheCacheKnowsItsBytes() throws Exception {
        compute(new ArrayList<>());
        Path copy;
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            List<Document> documents = store.corpus().getDocuments();
            copy = store.layout().cas(documents.get(1).getId(), "anna");
            Files.copy(store.layout().cas(documents.get(0).getId(), "anna"), copy,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        assertThatThrownBy(() -> compute(new ArrayList<>())).isInstanceOf(CorpusException.class)
                .hasMessageContaining(copy.toString()).hasMessageContaining("does not belong to this document");
    }

    private AgreementReport compute(List<String> progress) throws CorpusException {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            return new AgreementService(store).compute(AgreementRequest.defaults(), progress::add);
        }
    }
}
