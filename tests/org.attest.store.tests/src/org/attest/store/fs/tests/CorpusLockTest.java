package org.attest.store.fs.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

import org.attest.store.fs.CorpusLock;
import org.attest.store.fs.CorpusLockedException;
import org.attest.store.fs.LockHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLockTest {

    @TempDir
    Path corpus;

    private Path lockFile() {
        return corpus.resolve(".attest/write.lock");
    }

    @Test
    void thatASecondAcquireInTheSameProgramIsRefusedNamingTheHolder() throws IOException {
        try (CorpusLock sut = CorpusLock.acquire(corpus, "Attest workbench")) {
            assertThatThrownBy(() -> CorpusLock.acquire(corpus, "attest import"))
                    .isExactlyInstanceOf(CorpusLockedException.class)
                    .hasMessageContaining("is open for writing by \"Attest workbench\"")
                    .hasMessageContaining("pid " + ProcessHandle.current().pid())
                    .hasMessageContaining("Close it there first, or wait for it to finish.");
            assertThat(sut.holder().purpose()).isEqualTo("Attest workbench");
        }
    }

    @Test
    void thatARefusalCarriesTheCorpusAndTheHolderAsFactsAndSpellsNoCommand() throws IOException {
        try (CorpusLock held = CorpusLock.acquire(corpus, "Attest workbench")) {
            assertThatThrownBy(() -> CorpusLock.acquire(corpus, "attest import"))
                    .isInstanceOfSatisfying(CorpusLockedException.class, e -> {
                        assertThat(e.corpusDir()).isEqualTo(held.corpusDir());
                        assertThat(e.holder()).contains(held.holder());
                        assertThat(e.holder().get().since()).isEqualTo(held.holder().since());
                        assertThat(e.holder().get().host()).isEqualTo(held.holder().host());
                        assertThat(e).hasMessageNotContaining("attest ").hasMessageNotContaining("unlock");
                    });
        }
    }

    @Test
    void thatTheSameCorpusReachedByAnotherPathIsStillRefused() throws IOException {
        Path detour = corpus.resolve("sub/..");
        Files.createDirectories(corpus.resolve("sub"));

        try (CorpusLock sut = CorpusLock.acquire(corpus, "Attest workbench")) {
            assertThatThrownBy(() -> CorpusLock.acquire(detour, "attest import"))
                    .isInstanceOf(CorpusLockedException.class);
        }
    }

    @Test
    void thatClosingReleasesTheLockAndRemovesTheLockFile() throws IOException {
        CorpusLock first = CorpusLock.acquire(corpus, "attest import");
        assertThat(lockFile()).exists();

        first.close();

        assertThat(lockFile()).doesNotExist();
        try (CorpusLock sut = CorpusLock.acquire(corpus, "Attest workbench")) {
            assertThat(sut.corpusDir()).isEqualTo(corpus.toRealPath());
            assertThat(CorpusLock.holder(corpus)).map(LockHolder::purpose).contains("Attest workbench");
        }
        assertThat(lockFile()).doesNotExist();
    }

    @Test
    void thatTheHolderDescribesThisProcess() throws IOException {
        try (CorpusLock sut = CorpusLock.acquire(corpus, "attest import")) {
            LockHolder holder = sut.holder();

            assertThat(holder.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(holder.user()).isEqualTo(System.getProperty("user.name"));
            assertThat(holder.processAlive()).isTrue();
            assertThat(holder.describe()).startsWith("\"attest import\" (pid " + holder.pid() + " on host ");
        }
    }

    @Test
    void thatThereIsNoHolderWithoutALockFile() {
        assertThat(CorpusLock.holder(corpus)).isEmpty();
    }

    private void leaveStaleLockFile() throws IOException {
        Files.createDirectories(lockFile().getParent());
        Files.writeString(lockFile(), "pid=" + Long.MAX_VALUE + "\nhost=elsewhere\nuser=bob\n"
                + "since=2026-11-23T10:00:00Z\npurpose=Attest workbench\n");
    }

    @Test
    void thatALockFileLeftByAGoneProcessIsTakenOverAndItsHolderNamedForRecovery() throws IOException {
        leaveStaleLockFile();

        try (CorpusLock sut = CorpusLock.acquire(corpus, "attest import")) {
            assertThat(sut.previousHolder()).map(LockHolder::describe)
                    .contains("\"Attest workbench\" (pid " + Long.MAX_VALUE
                            + " on host elsewhere, user bob, since 2026-11-23T10:00:00Z)");
            assertThat(CorpusLock.holder(corpus)).map(LockHolder::purpose).contains("attest import");
        }
        assertThat(lockFile()).doesNotExist();
    }

    @Test
    void thatADamagedLockFileIsTakenOverAsOneOfACrashedProgram() throws IOException {
        Files.createDirectories(lockFile().getParent());
        Files.writeString(lockFile(), "pid=12");

        try (CorpusLock sut = CorpusLock.acquire(corpus, "attest import")) {
            assertThat(sut.previousHolder()).map(LockHolder::purpose)
                    .contains("a program that crashed while opening the corpus");
        }
    }

    @Test
    void thatALockReleasedNormallyLeavesNoPreviousHolder() throws IOException {
        CorpusLock.acquire(corpus, "attest import").close();

        try (CorpusLock sut = CorpusLock.acquire(corpus, "attest import")) {
            assertThat(sut.previousHolder()).isEmpty();
        }
    }

    @Test
    void thatAnEmptyLockFileFromAnInterruptedAcquireIsTakenWithoutComplaint() throws IOException {
        Files.createDirectories(lockFile().getParent());
        Files.writeString(lockFile(), "");

        try (CorpusLock sut = CorpusLock.acquire(corpus, "attest import")) {
            assertThat(sut.holder().purpose()).isEqualTo("attest import");
        }
    }

    @Test
    void thatClearStaleRemovesAStaleLockSoAcquireWorks() throws IOException {
        leaveStaleLockFile();

        assertThat(CorpusLock.clearStale(corpus)).isTrue();

        assertThat(lockFile()).doesNotExist();
        try (CorpusLock sut = CorpusLock.acquire(corpus, "attest import")) {
            assertThat(lockFile()).exists();
        }
    }

    @Test
    void thatClearStaleReportsWhenThereWasNoLock() throws IOException {
        assertThat(CorpusLock.clearStale(corpus)).isFalse();
    }

    @Test
    void thatClearStaleRefusesALockHeldByThisProgram() throws IOException {
        try (CorpusLock sut = CorpusLock.acquire(corpus, "Attest workbench")) {
            assertThatThrownBy(() -> CorpusLock.clearStale(corpus)).isExactlyInstanceOf(CorpusLockedException.class)
                    .hasMessageContaining("\"Attest workbench\"");
            assertThat(lockFile()).exists();
        }
    }

    @Test
    void thatAMissingCorpusFolderIsNamed() {
        Path missing = corpus.resolve("nope");

        assertThatThrownBy(() -> CorpusLock.acquire(missing, "attest import")).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void thatAHolderOnAnotherHostIsNotConsideredAlive() {
        LockHolder sut = new LockHolder(ProcessHandle.current().pid(), "no-such-host.invalid", "bob", Instant.now(),
                "x");

        assertThat(sut.processAlive()).isFalse();
    }
}
