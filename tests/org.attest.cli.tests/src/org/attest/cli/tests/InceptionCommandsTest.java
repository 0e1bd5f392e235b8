package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InceptionCommandsTest {

    @TempDir
    Path dir;

    @Test
    void thatACorpusExportedForInceptionImportsIntoANewFolderWithItsAnnotators() throws Exception {
        Path corpus = DemoCorpus.create(dir.resolve("c"));

        CommandRun export = CommandRun.of("export", corpus.toString(), dir.resolve("out").toString(), "--format",
                "inception");
        assertThat(export.code()).as(export.err()).isZero();
        Path zip;
        try (var files = Files.list(dir.resolve("out"))) {
            zip = files.filter(f -> f.getFileName().toString().endsWith("-inception.zip")).findFirst().orElseThrow();
        }
        assertThat(export.out()).contains(zip.toString(), "Left out:");

        CommandRun sut = CommandRun.of("import", dir.resolve("back").toString(), zip.toString());

        assertThat(sut.code()).as(sut.err()).isZero();
        assertThat(sut.out()).contains("INCEpTION project '", "imported into", "added ", "annotators: ");
        CommandRun info = CommandRun.of("info", dir.resolve("back").toString());
        CommandRun original = CommandRun.of("info", corpus.toString());
        assertThat(info.out().lines().filter(l -> l.contains("documents")).toList())
                .isEqualTo(original.out().lines().filter(l -> l.contains("documents")).toList());
    }

    @Test
    void thatAProjectIsRefusedIntoAFolderThatIsNoCorpus() throws Exception {
        Path corpus = DemoCorpus.create(dir.resolve("c"));
        CommandRun.of("export", corpus.toString(), dir.resolve("out").toString(), "--format", "inception");
        Path zip;
        try (var files = Files.list(dir.resolve("out"))) {
            zip = files.findFirst().orElseThrow();
        }
        Path folder = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(folder.resolve("todo.txt"), "mine");

        CommandRun sut = CommandRun.of("import", folder.toString(), zip.toString());

        assertThat(sut.code()).isEqualTo(2);
        assertThat(sut.err()).contains(folder.toString());
        assertThat(Files.readString(folder.resolve("todo.txt"))).isEqualTo("mine");
    }
}
