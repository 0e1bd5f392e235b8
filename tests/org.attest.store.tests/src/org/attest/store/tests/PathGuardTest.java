package org.attest.store.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.attest.store.CorpusNames;
import org.attest.store.fs.PathGuard;
import org.attest.store.fs.UnsafePathException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one check every corpus path passes, and the one rule for the names that become file names. */
class PathGuardTest {

    @TempDir
    Path tmp;

    @Test
    void aPathInsideWithNoLinkOnTheWayPassesEvenWhenItDoesNotExistYet() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus/documents/a"));

        assertThat(PathGuard.confined(tmp.resolve("corpus"), corpus.resolve("annotations/anna.bcas")))
                .isEqualTo(corpus.resolve("annotations/anna.bcas"));
    }

    @Test
    void aPathThatLeavesTheCorpusIsRefusedNamingIt() {
        Path corpus = tmp.resolve("corpus");

        assertThatThrownBy(() -> PathGuard.confined(corpus, corpus.resolve("documents/../../outside/x")))
                .isInstanceOf(UnsafePathException.class).hasMessageContaining("outside the corpus");
    }

    @Test
    void aLinkedFolderOnTheWayIsRefusedNamingTheLinkAndWhereItPoints() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus/documents/a"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(corpus.resolve("annotations"), outside);

        assertThatThrownBy(() -> PathGuard.confined(tmp.resolve("corpus"), corpus.resolve("annotations/anna.bcas")))
                .isInstanceOf(UnsafePathException.class)
                .hasMessageStartingWith(corpus.resolve("annotations") + ": a symbolic link (to " + outside + ")");
    }

    @Test
    void aLinkAtTheFileItselfIsRefusedEvenWhenItPointsNowhere() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus/.attest"));
        Files.createSymbolicLink(corpus.resolve("write.lock"), tmp.resolve("nowhere"));

        assertThatThrownBy(() -> PathGuard.privateFile(corpus.resolve("write.lock")))
                .isInstanceOf(UnsafePathException.class)
                .hasMessageContaining("write.lock: a symbolic link");
    }

    @Test
    void theCorpusFolderItselfMayBeReachedThroughALink() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real/documents"));
        Path link = Files.createSymbolicLink(tmp.resolve("corpus"), tmp.resolve("real"));
        Files.writeString(real.resolve("x.txt"), "x");

        assertThat(PathGuard.readable(link, link.resolve("documents/x.txt")))
                .isEqualTo(link.resolve("documents/x.txt"));
    }

    @Test
    void onlyARegularFileIsReadable() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus.resolve("folder"));
        Path pipe = corpus.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();

        assertThatThrownBy(() -> PathGuard.readable(corpus, corpus.resolve("folder")))
                .hasMessageContaining("is a folder");
        assertThatThrownBy(() -> PathGuard.readable(corpus, pipe)).hasMessageContaining("a device, pipe or socket");
        assertThatThrownBy(() -> PathGuard.readable(corpus, corpus.resolve("missing")))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void namesThatWindowsReservesOrThatCouldLeaveTheirFolderAreNoCorpusNames() {
        assertThat(CorpusNames.problem("harbour-flood-a")).isEmpty();
        assertThat(CorpusNames.problem("CON")).get().asString().contains("Windows reserves 'CON'");
        assertThat(CorpusNames.problem("con.txt")).get().asString().contains("Windows reserves 'con'");
        assertThat(CorpusNames.problem("lpt1")).isPresent();
        assertThat(CorpusNames.problem("console")).isEmpty();
        assertThat(CorpusNames.problem("name.")).get().asString().contains("final '.'");
        assertThat(CorpusNames.problem("../x")).isPresent();
        assertThat(CorpusNames.problem(null)).isPresent();
        assertThat(CorpusNames.caseTwin("Anna", java.util.List.of("ben", "anna"))).contains("anna");
        assertThat(CorpusNames.caseTwin("anna", java.util.List.of("anna"))).isEmpty();
    }
}
