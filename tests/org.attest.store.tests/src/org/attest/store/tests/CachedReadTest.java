package org.attest.store.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.attest.store.CachedRead;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.cache.CasCache;
import org.attest.store.fs.FileStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CAS file read through a cache: opened only when the cache does not know it, and kept for the next look. */
class CachedReadTest {

    @TempDir
    Path tmp;

    private CasCache<String> cache(CorpusStore store) {
        return CasCache.open(store.layout().cache().resolve("test.bin"), "ATTEST-TEST-1", "fingerprint",
                TextCodec.TEXT);
    }

    private static Path write(CorpusStore store, String text) throws Exception {
        Path file = store.layout().cas("doc-1", "anna");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    // the file's stamp as a look two seconds from now takes it, so that the file just written counts as settled
    private static FileStamp settled(CorpusStore store, Path file) throws Exception {
        return FileStamp.of(store.layout().dir(), file, Instant.now().plus(FileStamp.SETTLE).plusSeconds(1));
    }

    // what a first run keeps for the file, saved for the next
    private void keep(CorpusStore store, Path file, FileStamp stamp, String value) throws Exception {
        CasCache<String> first = cache(store);
        look(store, first, file, stamp).keep(value);
        first.save();
    }

    private static CachedRead<String> look(CorpusStore store, CasCache<String> cache, Path file, FileStamp stamp)
            throws CorpusException {
        return CachedRead.of(store, cache, file, stamp, "text hash", "doc-1", "anna", value -> true);
    }

    @Test
    void whatIsKeptForAFileIsFoundByItsStampWithoutOpeningIt() throws Exception {
        try (CorpusStore store = CorpusStore.init(tmp.resolve("c"), "test", "test")) {
            Path file = write(store, "the CAS file's bytes");
            FileStamp stamp = settled(store, file);
            CasCache<String> first = cache(store);

            CachedRead<String> read = look(store, first, file, stamp);

            assertThat(read.value()).isNull();
            assertThat(read.opened()).isTrue();
            assertThat(read.bytes()).isEqualTo(Files.readAllBytes(file));
            assertThat(read.hash()).isEqualTo(CasCache.hash(Files.readAllBytes(file)));
            assertThat(read.keep("12 entities")).isEqualTo("12 entities");
            first.save();

            CachedRead<String> sut = look(store, cache(store), file, stamp);

            assertThat(sut.value()).isEqualTo("12 entities");
            assertThat(sut.opened()).isFalse();
            assertThat(sut.bytes()).isNull();
            assertThatThrownBy(() -> sut.keep("again")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aFileWithoutAStampIsReadAndKnownByTheHashOfItsBytes() throws Exception {
        try (CorpusStore store = CorpusStore.init(tmp.resolve("c"), "test", "test")) {
            Path file = write(store, "the CAS file's bytes");
            keep(store, file, null, "12 entities");

            CachedRead<String> sut = look(store, cache(store), file, null);

            assertThat(sut.value()).isEqualTo("12 entities");
            assertThat(sut.opened()).isTrue();
        }
    }

    @Test
    void changedBytesUnderAnotherStampAreReadAgain() throws Exception {
        try (CorpusStore store = CorpusStore.init(tmp.resolve("c"), "test", "test")) {
            Path file = write(store, "the CAS file's bytes");
            keep(store, file, settled(store, file), "12 entities");
            write(store, "other bytes, another length");

            CachedRead<String> sut = look(store, cache(store), file, settled(store, file));

            assertThat(sut.value()).isNull();
            assertThat(sut.bytes()).isEqualTo("other bytes, another length".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aKeptValueTheCallerRefusesCountsAsNone() throws Exception {
        try (CorpusStore store = CorpusStore.init(tmp.resolve("c"), "test", "test")) {
            Path file = write(store, "the CAS file's bytes");
            FileStamp stamp = settled(store, file);
            keep(store, file, stamp, "counts of another schema");

            CachedRead<String> sut = CachedRead.of(store, cache(store), file, stamp, "text hash", "doc-1", "anna",
                    value -> !value.equals("counts of another schema"));

            assertThat(sut.value()).isNull();
            assertThat(sut.opened()).isTrue();
        }
    }

    @Test
    void aMissingFileIsNamedInTheError() throws Exception {
        try (CorpusStore store = CorpusStore.init(tmp.resolve("c"), "test", "test")) {
            Path file = store.layout().cas("doc-1", "anna");

            assertThatThrownBy(() -> look(store, cache(store), file, null)).isInstanceOf(CorpusException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("missing");
        }
    }
}
