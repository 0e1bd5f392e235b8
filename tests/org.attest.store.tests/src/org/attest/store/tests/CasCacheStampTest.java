package org.attest.store.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.store.cache.CasCache;
import org.attest.store.fs.FileStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CAS cache answers for a file by its stamp, without its bytes, only while the stamp is the one it kept. */
class CasCacheStampTest {

    private static final FileStamp STAMP = new FileStamp(2049, 77, 2714, 1_000_000_000L, 1_000_000_001L);
    private static final byte[] HASH = CasCache.hash("the CAS file's bytes".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path tmp;

    private Path file() {
        return tmp.resolve(".attest/cache/test.bin");
    }

    private CasCache<String> open() {
        return CasCache.open(file(), "ATTEST-TEST-1", "schema fingerprint", TextCodec.TEXT);
    }

    private void keep(FileStamp stamp) throws Exception {
        CasCache<String> cache = open();
        cache.put(HASH, stamp, "text hash", "doc-1", "anna", "12 entities");
        cache.save();
    }

    @Test
    void theSameStampGivesTheValueAndTheHashWithoutTheBytes() throws Exception {
        keep(STAMP);

        CasCache<String> sut = open();

        assertThat(sut.findUnchanged(STAMP, "text hash", "doc-1", "anna")).isEqualTo("12 entities");
        assertThat(sut.hashUnchanged(STAMP, "text hash", "doc-1", "anna")).isEqualTo(HASH);
        assertThat(sut.problem()).isNull();
    }

    @Test
    void anotherStampNoStampAnotherTextOrAnotherAnnotatorGiveNothing() throws Exception {
        keep(STAMP);
        FileStamp rewritten = new FileStamp(2049, 77, 2714, 1_000_000_000L, 5_000_000_000L);

        CasCache<String> sut = open();

        assertThat(sut.findUnchanged(rewritten, "text hash", "doc-1", "anna")).isNull();
        assertThat(sut.findUnchanged(null, "text hash", "doc-1", "anna")).isNull();
        assertThat(sut.findUnchanged(STAMP, "another text", "doc-1", "anna")).isNull();
        assertThat(sut.findUnchanged(STAMP, "text hash", "doc-1", "ben")).isNull();
        assertThat(sut.hashUnchanged(rewritten, "text hash", "doc-1", "anna")).isNull();
        // the bytes are still known by their hash
        assertThat(sut.find(HASH, rewritten, "text hash", "doc-1", "anna")).isEqualTo("12 entities");
    }

    @Test
    void aHitByHashKeepsTheNewStampForTheNextRun() throws Exception {
        keep(null);
        CasCache<String> first = open();
        assertThat(first.findUnchanged(STAMP, "text hash", "doc-1", "anna")).isNull();

        assertThat(first.find(HASH, STAMP, "text hash", "doc-1", "anna")).isEqualTo("12 entities");
        first.save();

        assertThat(open().findUnchanged(STAMP, "text hash", "doc-1", "anna")).isEqualTo("12 entities");
    }

    @Test
    void aCacheOfAnEarlierVersionIsLeftUnusedWithoutAProblem() throws Exception {
        Files.createDirectories(file().getParent());
        Files.write(file(), "ATTEST-TEST-1\nwhat an earlier version wrote".getBytes(StandardCharsets.US_ASCII));

        CasCache<String> sut = open();

        assertThat(sut.problem()).isNull();
        assertThat(sut.find(HASH, null, "text hash", "doc-1", "anna")).isNull();
    }

    @Test
    void aFileOfAnotherKindIsReportedAsAProblem() throws Exception {
        Files.createDirectories(file().getParent());
        Files.write(file(),
                "not a cache at all, but long enough to hold a checksum".getBytes(StandardCharsets.US_ASCII));

        assertThat(open().problem()).contains("test.bin").contains("not a cache of this kind");
    }
}
