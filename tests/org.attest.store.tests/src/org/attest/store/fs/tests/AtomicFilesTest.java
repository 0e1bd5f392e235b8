package org.attest.store.fs.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.attest.store.fs.AtomicFiles;
import org.attest.store.fs.StagedFiles;
import org.attest.store.fs.TemporaryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private Path sut() {
        return dir.resolve("gold.xmi");
    }

    private List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void thatBytesAreWrittenToANewFile() throws IOException {
        AtomicFiles.write(sut(), "first".getBytes(UTF_8));

        assertThat(sut()).hasContent("first");
    }

    @Test
    void thatWritingReplacesTheOldContentAndLeavesNoTemporaryFile() throws IOException {
        AtomicFiles.write(sut(), "a much longer first version".getBytes(UTF_8));

        AtomicFiles.write(sut(), "second".getBytes(UTF_8));

        assertThat(sut()).hasContent("second");
        assertThat(entries(dir)).containsExactly(sut());
    }

    @Test
    void thatAStreamingWriterMayCloseTheStreamItWasGiven() throws IOException {
        byte[] big = new byte[300_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i % 251);
        }

        AtomicFiles.write(sut(), out -> {
            for (int i = 0; i < big.length; i += 1000) {
                out.write(big, i, 1000);
            }
            out.close();
        });

        assertThat(Files.readAllBytes(sut())).isEqualTo(big);
    }

    @Test
    void thatAWriterFailingMidStreamLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        AtomicFiles.write(sut(), "old".getBytes(UTF_8));
        IOException failure = new IOException("disk full");

        assertThatThrownBy(() -> AtomicFiles.write(sut(), out -> {
            out.write(new byte[200_000]);
            throw failure;
        })).isSameAs(failure);

        assertThat(sut()).hasContent("old");
        assertThat(entries(dir)).containsExactly(sut());
    }

    @Test
    void thatAWriterFailingWithARuntimeExceptionLeavesNoTemporaryFile() throws IOException {
        AtomicFiles.write(sut(), "old".getBytes(UTF_8));

        assertThatThrownBy(() -> AtomicFiles.write(sut(), out -> {
            out.write("partial".getBytes(UTF_8));
            throw new IllegalStateException("bug in the serializer");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(sut()).hasContent("old");
        assertThat(entries(dir)).containsExactly(sut());
    }

    @Test
    void thatWritingIntoAMissingFolderNamesTheFolder() {
        Path target = dir.resolve("missing/doc.txt");

        assertThatThrownBy(() -> AtomicFiles.write(target, new byte[1])).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(dir.resolve("missing").toString()).hasMessageContaining("does not exist");
    }

    @Test
    void thatWritingOntoAFolderIsRefusedAndKeepsTheFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("docs"));

        assertThatThrownBy(() -> AtomicFiles.write(folder, new byte[1])).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("is a folder");

        assertThat(folder).isDirectory();
        assertThat(TemporaryFiles.leftovers(dir)).isEmpty();
    }

    @Test
    void thatAVeryLongFileNameCanBeWritten() throws IOException {
        Path target = dir.resolve("n".repeat(240) + ".txt");

        AtomicFiles.write(target, "long".getBytes(UTF_8));

        assertThat(target).hasContent("long");
    }

    @Test
    void thatCreateDirectoriesCreatesEveryMissingLevelAndToleratesExistingOnes() throws IOException {
        Path nested = dir.resolve("corpus/cas/kari");

        AtomicFiles.createDirectories(nested);
        AtomicFiles.createDirectories(nested);

        assertThat(nested).isDirectory();
    }

    @Test
    void thatCreateDirectoriesRefusesAFileInThePath() throws IOException {
        Files.writeString(dir.resolve("corpus"), "not a folder");

        assertThatThrownBy(() -> AtomicFiles.createDirectories(dir.resolve("corpus/cas")))
                .isInstanceOf(NotDirectoryException.class).hasMessageContaining(dir.resolve("corpus").toString())
                .hasMessageContaining("is a file");
    }

    @Test
    void thatAStagedFolderIsPublishedWithItsContentByADurableMove() throws IOException {
        Path staged = dir.resolve(".staging-import");
        AtomicFiles.createDirectories(staged.resolve("text"));
        AtomicFiles.write(staged.resolve("text/a.txt"), "article".getBytes(UTF_8));
        Path published = dir.resolve("documents");

        AtomicFiles.moveDurably(staged, published);

        assertThat(staged).doesNotExist();
        assertThat(published.resolve("text/a.txt")).hasContent("article");
    }

    @Test
    void thatMovingOntoAnExistingFolderIsRefusedAndMovesNothing() throws IOException {
        Path staged = Files.createDirectory(dir.resolve("staged"));
        Files.writeString(staged.resolve("new.txt"), "new");
        Path existing = Files.createDirectory(dir.resolve("documents"));

        assertThatThrownBy(() -> AtomicFiles.moveDurably(staged, existing))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("already exists");

        assertThat(staged.resolve("new.txt")).hasContent("new");
        assertThat(entries(existing)).isEmpty();
    }

    @Test
    void thatMovingAFileReplacesTheTarget() throws IOException {
        Path source = Files.writeString(dir.resolve("staged.txt"), "new");
        Files.writeString(sut(), "old");

        AtomicFiles.moveDurably(source, sut());

        assertThat(sut()).hasContent("new");
        assertThat(source).doesNotExist();
    }

    @Test
    void thatStagedFilesArePublishedAtTheirRelativePathsReplacingOlderOnes() throws IOException {
        Path staging = Files.createDirectories(dir.resolve("out/.staging/train"));
        Path target = dir.resolve("out");
        Files.writeString(target.resolve("train.jsonl"), "old");
        Path jsonl = Files.writeString(staging.getParent().resolve("train.jsonl"), "new");
        Path xmi = Files.writeString(staging.resolve("a.xmi"), "<xmi/>");

        StagedFiles.publishStaged(staging.getParent(), List.of(jsonl, xmi), target);

        assertThat(target.resolve("train.jsonl")).hasContent("new");
        assertThat(target.resolve("train/a.xmi")).hasContent("<xmi/>");
        assertThat(jsonl).doesNotExist();
        assertThat(xmi).doesNotExist();
    }

    @Test
    void thatPublishingRefusesAFileOutsideTheStagingFolderAndMovesNothing() throws IOException {
        Path staging = Files.createDirectories(dir.resolve("out/.staging"));
        Path inside = Files.writeString(staging.resolve("a.txt"), "a");
        Path outside = Files.writeString(dir.resolve("b.txt"), "b");

        assertThatThrownBy(() -> StagedFiles.publishStaged(staging, List.of(inside, outside), dir.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(outside + " is not a file under the staging folder");
        assertThat(inside).hasContent("a");
        assertThat(dir.resolve("out/a.txt")).doesNotExist();
    }

    @Test
    void thatLeftoverTemporaryFilesAreFoundInSubfoldersAndOrdinaryFilesAreNot() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("cas"));
        Path leftover = Files.writeString(sub.resolve(".kari.xmi.tmp-1x2y3z"), "half");
        Files.writeString(sub.resolve("kari.xmi"), "whole");
        Files.writeString(dir.resolve(".gitignore"), "");
        Files.writeString(dir.resolve("notes.tmp-1"), "");
        Files.createDirectory(dir.resolve(".folder.tmp-abc"));

        assertThat(TemporaryFiles.leftovers(dir)).containsExactly(leftover);
    }

    @Test
    void thatAMissingFolderHasNoLeftoverTemporaryFiles() {
        assertThat(TemporaryFiles.leftovers(dir.resolve("missing"))).isEmpty();
    }
}
