package org.attest.curation.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.curation.CurationService;
import org.attest.curation.MergePolicy;
import org.attest.model.GoldState;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.junit.jupiter.api.Test;

/** The curation files on disk: a gold file or a record that is not what it should be is refused, naming the file. */
class CurationFilesTest extends FloodCurationCase {

    @Test
    void aGoldFileThatDoesNotMatchItsRecordIsReportedNotSilentlyUsed() throws Exception {
        corpus.merge(MergePolicy.UNANIMOUS);
        Path goldFile = corpus.dir.resolve("documents/flood/gold.bcas");
        Path record = corpus.dir.resolve("documents/flood/curation.xmi");
        assertThat(record).exists();
        // a gold file from an interrupted save: valid, but not the one the record describes
        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.READ, "test")) {
            Files.write(goldFile, store.casFormat().write(store.readCas(FloodCuration.document(store), "ben")));
        }

        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.READ, "test")) {
            assertThatThrownBy(() -> new CurationService(store).open("flood", "rita", false))
                    .isInstanceOf(CorpusException.class)
                    .hasMessageContaining(goldFile.toString()).hasMessageContaining("is not the gold file")
                    .hasMessageContaining(record.toString());
            assertThat(new org.attest.validate.CorpusValidator(store).validate(m -> {
            }))
                    .anySatisfy(f -> assertThat(f.describe()).contains("is not the gold file"));
            org.attest.testing.GoldStates.set(store, FloodCuration.document(store), GoldState.CURATED);
            assertThatThrownBy(
                    () -> new org.attest.export.ExportService(store).export(new org.attest.export.ExportRequest("jsonl",
                            org.attest.export.ExportRequest.GOLD, List.of(100), 1, tmp.resolve("out")), m -> {
                            }))
                    .isInstanceOf(CorpusException.class).hasMessageContaining("is not the gold file");
        }
    }

    @Test
    void aMalformedCurationRecordIsRefusedWithTheFileAndLine() throws Exception {
        corpus.merge(MergePolicy.UNANIMOUS);
        Path record = corpus.dir.resolve("documents/flood/curation.xmi");
        Files.writeString(record, Files.readString(record).replace("</attest:CurationRecord>", ""));

        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.READ, "test")) {
            assertThatThrownBy(() -> new CurationService(store).status(false, m -> {
            })).isInstanceOf(CorpusException.class)
                    .hasMessageContaining(record.toString());
        }
    }
}
