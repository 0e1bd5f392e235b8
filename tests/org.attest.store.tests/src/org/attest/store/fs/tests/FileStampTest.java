package org.attest.store.fs.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.attest.store.fs.FileStamp;
import org.attest.store.fs.UnsafePathException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stamp a cache trusts instead of reading a file: taken once a file has settled, changed by any write. */
class FileStampTest {

    @TempDir
    Path tmp;

    private Instant later() {
        return Instant.now().plus(FileStamp.SETTLE).plusSeconds(1);
    }

    @Test
    void aFileWrittenJustNowHasNoStampUntilItHasSettled() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.bcas"), "twelve bytes");

        FileStamp now = FileStamp.of(tmp, file, Instant.now());
        FileStamp settled = FileStamp.of(tmp, file, later());

        assertThat(now).isNull();
        assertThat(settled).isNotNull();
        assertThat(settled.size()).isEqualTo(12);
        assertThat(settled.inode()).isPositive();
        assertThat(FileStamp.of(tmp, file, later())).isEqualTo(settled);
    }

    @Test
    void aWriteInPlaceThatPutsBackTheSizeAndModificationTimeStillChangesTheStamp() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.bcas"), "twelve bytes");
        FileTime modified = Files.getLastModifiedTime(file);
        FileStamp before = FileStamp.of(tmp, file, later());
        // longer than a tick of the file system's clock, so that the change time moves on
        Thread.sleep(50);

        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap("TWELVE".getBytes(StandardCharsets.US_ASCII)), 0);
        }
        Files.setLastModifiedTime(file, modified);
        FileStamp after = FileStamp.of(tmp, file, later());

        assertThat(Files.readString(file)).isEqualTo("TWELVE bytes");
        assertThat(after.size()).isEqualTo(before.size());
        assertThat(after.modifiedNanos()).isEqualTo(before.modifiedNanos());
        assertThat(after).isNotEqualTo(before);
        assertThat(after.text()).isNotEqualTo(before.text());
    }

    @Test
    void aReplacedFileHasAnotherStamp() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.bcas"), "twelve bytes");
        FileStamp before = FileStamp.of(tmp, file, later());

        Path replacement = Files.writeString(tmp.resolve("a.bcas.tmp"), "twelve bytes");
        Files.move(replacement, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        assertThat(FileStamp.of(tmp, file, later()).inode()).isNotEqualTo(before.inode());
    }

    @Test
    void theStampsOfAFoldersFilesTakenTogetherAreThoseEachHasAlone() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus/documents/a/annotations"));
        Path anna = Files.writeString(corpus.resolve("anna.bcas"), "anna's work");
        Path ben = Files.writeString(corpus.resolve("ben.bcas"), "ben's work, longer");
        Path root = tmp.resolve("corpus");

        java.util.List<FileStamp> sut = FileStamp.of(root, java.util.List.of(anna, corpus.resolve("none.bcas"), ben),
                later());

        assertThat(sut).hasSize(3);
        assertThat(sut.get(0)).isEqualTo(FileStamp.of(root, anna, later()));
        assertThat(sut.get(1)).isNull();
        assertThat(sut.get(2)).isEqualTo(FileStamp.of(root, ben, later()));
        assertThat(sut.get(2).size()).isEqualTo(18);
    }

    @Test
    void aLinkAmongAFoldersFilesOrALinkedFolderIsRefused() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("anna.bcas"), "secret");
        Path documents = Files.createDirectories(tmp.resolve("corpus/documents"));
        Path real = Files.writeString(Files.createDirectories(documents.resolve("a")).resolve("anna.bcas"), "work");
        Path linkedFile = Files.createSymbolicLink(documents.resolve("a/ben.bcas"), outside.resolve("anna.bcas"));
        Files.createSymbolicLink(documents.resolve("b"), outside);
        Path root = tmp.resolve("corpus");

        assertThatThrownBy(() -> FileStamp.of(root, java.util.List.of(real, linkedFile), later()))
                .isInstanceOf(UnsafePathException.class).hasMessageContaining("ben.bcas");
        assertThatThrownBy(() -> FileStamp.of(root, java.util.List.of(documents.resolve("b/anna.bcas")), later()))
                .isInstanceOf(UnsafePathException.class);
    }

    @Test
    void aLinkedFolderBesideAFolderAlreadyCheckedInTheSameCallIsRefused() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside/annotations"));
        Files.writeString(outside.resolve("anna.bcas"), "secret");
        Path document = Files.createDirectories(tmp.resolve("corpus/documents/a"));
        Path real = Files.writeString(Files.createDirectories(document.resolve("annotations")).resolve("anna.bcas"),
                "work");
        Files.createSymbolicLink(document.resolve("linked"), outside.getParent());
        Path record = Files.writeString(document.resolve("curation.xmi"), "record");
        Path root = tmp.resolve("corpus");

        java.util.List<FileStamp> sut = FileStamp.of(root, java.util.List.of(real, record), later());

        assertThat(sut).containsExactly(FileStamp.of(root, real, later()), FileStamp.of(root, record, later()));
        assertThatThrownBy(() -> FileStamp.of(root,
                java.util.List.of(real, document.resolve("linked/annotations/anna.bcas")), later()))
                .isInstanceOf(UnsafePathException.class).hasMessageContaining("linked");
    }

    @Test
    void aMissingFileOrAFolderHasNoStampAndALinkIsRefused() throws Exception {
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "secret");
        Path corpus = Files.createDirectories(tmp.resolve("corpus/documents"));
        Path link = Files.createSymbolicLink(corpus.resolve("a.bcas"), outside);

        assertThat(FileStamp.of(corpus, corpus.resolve("missing.bcas"), later())).isNull();
        assertThat(FileStamp.of(tmp.resolve("corpus"), corpus, later())).isNull();
        assertThatThrownBy(() -> FileStamp.of(corpus, link, later())).isInstanceOf(UnsafePathException.class);
        assertThatThrownBy(() -> FileStamp.of(corpus, corpus.resolve("../outside.txt"), later()))
                .isInstanceOf(UnsafePathException.class);
    }
}
