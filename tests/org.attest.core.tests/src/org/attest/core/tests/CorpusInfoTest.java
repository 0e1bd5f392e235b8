package org.attest.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.cas.Layers;
import org.attest.core.info.CorpusInfo;
import org.attest.core.info.CorpusSummary;
import org.attest.curation.CurationService;
import org.attest.curation.MergeRequest;
import org.attest.model.Document;
import org.attest.store.CorpusStore;
import org.attest.testing.ScriptedWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary {@code attest info} prints, counted once per file's bytes. */
class CorpusInfoTest {

    @TempDir
    Path tmp;

    private CorpusSummary summary(Path dir, int[] readAndCached) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            CorpusInfo sut = new CorpusInfo(store);
            CorpusSummary summary = sut.summarise();
            readAndCached[0] = sut.casFilesRead();
            readAndCached[1] = sut.casFilesFromCache();
            return summary;
        }
    }

    @Test
    void aSecondLookAtAnUnchangedCorpusDeserializesNothingAndCountsTheSame() throws Exception {
        Path dir = tmp.resolve("c");
        ScriptedWork.annotatedByAnnaAndBen(dir);
        int[] first = new int[2];
        int[] second = new int[2];

        CorpusSummary before = summary(dir, first);
        CorpusSummary after = summary(dir, second);

        assertThat(first).containsExactly(6, 0);
        assertThat(second).containsExactly(0, 6);
        assertThat(after.countsPerAnnotator()).isEqualTo(before.countsPerAnnotator());
        assertThat(after.documents()).isEqualTo(before.documents());
        assertThat(before.countsPerAnnotator().get("anna").values().stream().mapToInt(Integer::intValue).sum())
                .isPositive();
        assertThat(dir.resolve(".attest/cache/info.bin")).isRegularFile();
    }

    @Test
    void onceTheFilesHaveSettledASecondLookOpensNoneOfThem() throws Exception {
        Path dir = tmp.resolve("c");
        ScriptedWork.annotatedByAnnaAndBen(dir);
        settle();
        int[] first = new int[2];
        CorpusSummary before = summary(dir, first);

        CorpusSummary after;
        int notOpened;
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            CorpusInfo sut = new CorpusInfo(store);
            after = sut.summarise();
            notOpened = sut.casFilesNotOpened();
        }

        assertThat(first).containsExactly(6, 0);
        assertThat(notOpened).isEqualTo(6);
        assertThat(after.countsPerAnnotator()).isEqualTo(before.countsPerAnnotator());
        assertThat(after.documents()).isEqualTo(before.documents());
    }

    @Test
    void aCasFileOverwrittenInPlaceWithItsOldSizeAndTimeIsReadAgain() throws Exception {
        Path dir = tmp.resolve("c");
        ScriptedWork.annotatedByAnnaAndBen(dir);
        settle();
        summary(dir, new int[2]);
        Path file;
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            file = store.layout().cas("harbour-flood-b", "anna");
        }
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes), 0);
        }
        Files.setLastModifiedTime(file, modified);
        // long enough that the file has a stamp again: only its change time tells the write
        settle();

        // the cache must not answer for the damaged file: reading it names it
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> summary(dir, new int[2]))
                .hasMessageContaining(file.getFileName().toString());
    }

    // waits until the files just written are old enough to get a stamp
    private static void settle() throws InterruptedException {
        Thread.sleep(org.attest.store.fs.FileStamp.SETTLE.toMillis() + 200);
    }

    @Test
    void aChangedCasFileIsCountedAgainFromItsNewContent() throws Exception {
        Path dir = tmp.resolve("c");
        ScriptedWork.annotatedByAnnaAndBen(dir);
        int[] counted = new int[2];
        CorpusSummary before = summary(dir, counted);
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document d = store.document("harbour-flood-b").orElseThrow();
            CAS cas = store.readCas(d, "anna");
            new Layers(cas, store.corpus().getSchema()).addSpan("Entity", 0, 3, Map.of("type", "ORGANIZATION"));
            store.writeCas(d, "anna", cas);
        }

        CorpusSummary after = summary(dir, counted);

        assertThat(counted).containsExactly(1, 5);
        assertThat(after.countsPerAnnotator().get("anna").get("Entity"))
                .isEqualTo(before.countsPerAnnotator().get("anna").get("Entity") + 1);
        assertThat(row(after, "harbour-flood-b").annotations().get("anna"))
                .isEqualTo(row(before, "harbour-flood-b").annotations().get("anna") + 1);
        assertThat(row(after, "harbour-flood-a")).isEqualTo(row(before, "harbour-flood-a"));
    }

    @Test
    void theGoldStateFollowsTheCurationRecordWhenTheCacheKnewAnOlderOne() throws Exception {
        Path dir = tmp.resolve("c");
        ScriptedWork.annotatedByAnnaAndBen(dir);
        int[] counted = new int[2];
        assertThat(row(summary(dir, counted), "harbour-flood-a").states()).doesNotContainKey("gold");
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            new CurationService(store).merge(MergeRequest.defaults(), m -> {
            });
        }
        String merged = row(summary(dir, counted), "harbour-flood-a").states().get("gold");
        assertThat(merged).isNotNull();
        Path record = dir.resolve("documents/harbour-flood-a/curation.xmi");
        String text = Files.readString(record);
        assertThat(text).contains("state=\"" + merged + "\"");
        Files.writeString(record, text.replace("state=\"" + merged + "\"", "state=\"curated\""));

        assertThat(row(summary(dir, counted), "harbour-flood-a").states()).containsEntry("gold", "curated");
    }

    private static CorpusSummary.DocumentRow row(CorpusSummary summary, String id) {
        return summary.documents().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
