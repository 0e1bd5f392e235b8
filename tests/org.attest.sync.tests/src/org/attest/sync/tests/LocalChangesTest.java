package org.attest.sync.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.sync.SyncResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync records every change of the corpus folder, however it was made, and leaves the index as the git command line
 * expects.
 */
class LocalChangesTest {

    @TempDir
    Path tmp;

    @Test
    void filesRewrittenInPlaceAddedByHandOrRemovedAreAllRecordedAndPublished() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        Files.writeString(anna.resolve("NOTES.md"), "Draft notes.\n");
        Team.sync(anna);
        // a script rewrites a file in place (no rename, so its folder keeps its time), another file is copied in, one
        // removed
        Path record = anna.resolve("documents/harbour-flood-a/document.xmi");
        Files.writeString(record, Files.readString(record).replace("title=\"", "title=\"Edited: "));
        Files.writeString(anna.resolve("GUIDELINES.md"), "Mark every figure.\n");
        Files.delete(anna.resolve("NOTES.md"));

        SyncResult result = Team.sync(anna);

        assertThat(result.committed()).isNotNull();
        assertThat(Team.git(anna, "status", "--porcelain")).isEmpty();
        Path plain = tmp.resolve("plain");
        Team.git(tmp, "clone", "-q", team.url(), plain.toString());
        assertThat(Files.readString(plain.resolve("documents/harbour-flood-a/document.xmi")))
                .contains("title=\"Edited: ");
        assertThat(plain.resolve("GUIDELINES.md")).hasContent("Mark every figure.");
        assertThat(Team.git(plain, "ls-files")).doesNotContain("NOTES.md").contains(".gitattributes");
    }

    @Test
    void aDamagedOrMissingScanRecordNeverHidesAChange() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        Team.sync(anna);
        Path scan = anna.resolve(".attest/cache/worktree.bin");
        assertThat(scan).exists();
        byte[] bytes = Files.readAllBytes(scan);
        bytes[bytes.length / 2] ^= 0x11;
        Files.write(scan, bytes);
        Files.createDirectories(anna.resolve("notes/2026"));
        Files.writeString(anna.resolve("notes/2026/march.md"), "Flood week.\n");

        assertThat(Team.sync(anna).committed()).isNotNull();
        Files.delete(scan);
        Files.writeString(anna.resolve("notes/2026/march.md"), "Flood week, day two.\n");

        assertThat(Team.sync(anna).committed()).isNotNull();
        assertThat(Team.git(anna, "show", "HEAD:notes/2026/march.md")).isEqualTo("Flood week, day two.\n");
        assertThat(Team.sync(anna).nothingToDo()).isTrue();
    }

    @Test
    void namesThatSortBesideAFolderAndAFolderEmptiedWholeGiveTheTreeGitWouldWrite() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        // '-' and '.' sort before '/', '0' after it: each is its own entry beside the folder "notes"
        for (String name : List.of("notes/a.md", "notes/deep/x/y.md", "notes/deep/z.md", "notes-old.md",
                "notes.md", "notes0.md", "notes/deep-end.md")) {
            Files.createDirectories(anna.resolve(name).getParent());
            Files.writeString(anna.resolve(name), name + "\n");
        }
        Team.sync(anna);
        Files.delete(anna.resolve("notes/deep/x/y.md"));
        Files.delete(anna.resolve("notes/deep/x"));
        Files.writeString(anna.resolve("notes0.md"), "changed\n");

        assertThat(Team.sync(anna).committed()).isNotNull();

        assertThat(Team.git(anna, "status", "--porcelain")).isEmpty();
        Team.git(anna, "fsck", "--strict", "--no-dangling");
        assertThat(Team.git(anna, "ls-tree", "-r", "--name-only", "HEAD").lines()
                .filter(p -> p.startsWith("notes")))
                .containsExactly("notes-old.md", "notes.md", "notes/a.md", "notes/deep-end.md", "notes/deep/z.md",
                        "notes0.md");
        assertThat(Team.git(anna, "show", "HEAD:notes0.md")).isEqualTo("changed\n");
        assertThat(Team.git(anna, "ls-tree", "HEAD", "notes/deep/")).doesNotContain("x");
    }

    @Test
    void aCommitOfThousandsOfFilesWritesThemIntoOnePackThatGitReadsBackAndClearsAKilledOnesLeftovers()
            throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        Team.sync(anna);
        long looseBefore = loose(anna);
        // what a sync killed while it wrote its pack leaves behind
        Path leftover = anna.resolve(".git/objects/insert_4711.pack");
        Files.write(leftover, new byte[4096]);
        for (int i = 0; i < 2_500; i++) {
            Path note = anna.resolve("notes/" + (i % 50) + "/note-" + i + ".md");
            Files.createDirectories(note.getParent());
            Files.writeString(note, "Note " + i + "\n");
        }

        assertThat(Team.sync(anna).committed()).contains("2500 other files");

        assertThat(loose(anna) - looseBefore).isLessThan(10);
        assertThat(leftover).doesNotExist();
        assertThat(Team.git(anna, "status", "--porcelain")).isEmpty();
        Team.git(anna, "fsck", "--strict", "--no-dangling");
        Path plain = tmp.resolve("plain");
        Team.git(tmp, "clone", "-q", team.url(), plain.toString());
        assertThat(plain.resolve("notes/7/note-1207.md")).hasContent("Note 1207");
        assertThat(Team.git(plain, "ls-files", "notes").lines()).hasSize(2_500);
    }

    // The loose objects of the clone's repository, as the git command line counts them.
    private static long loose(Path clone) throws Exception {
        return Team.git(clone, "count-objects", "-v").lines().filter(l -> l.startsWith("count: "))
                .mapToLong(l -> Long.parseLong(l.substring(7).trim())).sum();
    }
}
