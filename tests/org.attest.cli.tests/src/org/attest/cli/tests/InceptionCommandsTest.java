package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    // the .ann files of a brat export of FROM, by document, without the registry links of Entity spans (a named
    // entity of INCEpTION holds its label only)
    private java.util.Map<String, String> bratAnnotations(Path corpus, String from, String out) throws Exception {
        CommandRun export = CommandRun.of("export", corpus.toString(), dir.resolve(out).toString(), "--format", "brat",
                "--from", from, "--split", "100");
        assertThat(export.code()).as(export.err()).isZero();
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (var list = Files.list(dir.resolve(out).resolve("all"))) {
            for (Path ann : list.filter(f -> f.toString().endsWith(".ann")).toList()) {
                List<String> lines = Files.readAllLines(ann);
                java.util.Set<String> entities = new java.util.HashSet<>();
                lines.stream().filter(l -> l.matches("T\\d+\tEntity[- ].*"))
                        .forEach(l -> entities.add(l.split("\t")[0]));
                files.put(ann.getFileName().toString(), String.join("\n", lines.stream()
                        .filter(l -> !(l.startsWith("A") && l.split("\t")[1].startsWith("entity ")
                                && entities.contains(l.split("\t")[1].split(" ")[1])))
                        // attributes renumbered without the links left out
                        .map(l -> l.startsWith("A") ? l.substring(l.indexOf('\t')) : l).toList()));
            }
        }
        return files;
    }

    @Test
    void thatTheDemoCorpusExportedForInceptionImportsBackWithTheSameClaimsSourcesCuesAndRelations() throws Exception {
        Path corpus = DemoCorpus.create(dir.resolve("c"));
        assertThat(CommandRun.of("export", corpus.toString(), dir.resolve("out").toString(), "--format", "inception")
                .code()).isZero();
        Path zip;
        try (var files = Files.list(dir.resolve("out"))) {
            zip = files.filter(f -> f.getFileName().toString().endsWith("-inception.zip")).findFirst().orElseThrow();
        }

        CommandRun sut = CommandRun.of("import", dir.resolve("back").toString(), zip.toString());

        assertThat(sut.code()).as(sut.err()).isZero();
        assertThat(sut.out()).doesNotContain("webanno.custom");
        for (String from : List.of("gold", "anna", "ben")) {
            java.util.Map<String, String> original = bratAnnotations(corpus, from, from + "-original");
            assertThat(String.join("\n", original.values())).as(from).contains("\tClaim-", "\tSource-",
                    "\tAttribution ");
            assertThat(bratAnnotations(dir.resolve("back"), from, from + "-back")).as(from).isEqualTo(original);
        }
    }
}
