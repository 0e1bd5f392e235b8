package org.attest.sync.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.store.fs.FaultSeam;
import org.attest.store.fs.Recovery;
import org.attest.sync.SyncRecovery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A synchronisation that dies while it writes the folder is finished by the next program that opens the corpus. */
class SyncCrashTest {

    /** Stands for the process dying: nothing after it runs but the closing of files. */
    private static final class Death extends Error {

        private static final long serialVersionUID = 1L;
    }

    @TempDir
    Path tmp;

    @AfterEach
    void noFaults() {
        FaultSeam.clear();
    }

    @Test
    void gitLockFilesADeadWriterLeftAreRemovedWhenTheCorpusIsTakenOverButOlderOnesAreNot() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna").toAbsolutePath();
        Team.annotate(anna, Personality.careful("anna"), DocumentState.FINISHED);
        java.time.Instant since = java.time.Instant.now().minusSeconds(60);
        Path index = anna.resolve(".git/index.lock");
        java.nio.file.Files.writeString(index, "");
        Path older = anna.resolve(".git/refs/heads/old.lock");
        java.nio.file.Files.writeString(older, "");
        java.nio.file.Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.from(since.minusSeconds(3600)));
        java.nio.file.Files.writeString(anna.resolve(org.attest.store.fs.CorpusLock.LOCK_FILE), "pid=" + Long.MAX_VALUE
                + "\nhost=elsewhere\nuser=anna\nsince=" + since + "\npurpose=attest sync\n");
        SyncRecovery.install();

        try (CorpusStore sut = CorpusStore.open(anna, CorpusStore.Mode.WRITE, "attest sync")) {
            assertThat(sut.notices()).first().asString()
                    .startsWith("removed Git's lock file(s) .git/index.lock, left by \"attest sync\" (pid ");
        }

        assertThat(index).doesNotExist();
        assertThat(older).exists();
        java.nio.file.Files.delete(older);
        assertThat(Team.sync(anna).committed()).isNotNull();
        assertThat(Team.git(anna, "status", "--porcelain")).isEmpty();
    }

    @Test
    void aCloneKilledHalfWayLeavesItsFolderUntouchedAndTheNextCloneRemovesWhatItLeft() throws Exception {
        Team team = new Team(tmp).published();
        Path home = tmp.resolve("home");
        // what a clone killed while it wrote leaves: a hidden folder beside the one it was asked for, which stays
        // absent
        Path leftover = home.resolve(".anna.clone-3k9x2");
        java.nio.file.Files.createDirectories(leftover.resolve(".git/objects/pack"));
        java.nio.file.Files.writeString(leftover.resolve(".git/objects/pack/pack-1.pack"), "half a pack");

        new org.attest.sync.CloneService().clone(team.url(), home.resolve("anna"), "anna", null, null);

        assertThat(leftover).doesNotExist();
        try (var entries = java.nio.file.Files.list(home)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("anna");
        }
        assertThat(Team.git(home.resolve("anna"), "status", "--porcelain")).isEmpty();
        assertThat(Team.sync(home.resolve("anna")).nothingToDo()).isTrue();
    }

    @Test
    void aSyncKilledBetweenTwoFilesItBringsInIsFinishedWhenTheCorpusIsNextOpenedForWriting() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna").toAbsolutePath();
        Path ben = team.cloneAs("ben");
        Team.annotate(ben, Personality.careful("ben"), DocumentState.FINISHED);
        Team.sync(ben);
        AtomicInteger written = new AtomicInteger();
        FaultSeam.install((call, path) -> {
            boolean corpusFile = path.startsWith(anna.resolve("documents"))
                    || path.startsWith(anna.resolve("annotators"));
            if (call == FaultSeam.Call.RENAME && corpusFile && written.incrementAndGet() == 2) {
                throw new Death();
            }
        });

        assertThatThrownBy(() -> Team.sync(anna)).isInstanceOf(Death.class);
        FaultSeam.clear();

        assertThat(anna.resolve(Recovery.SYNC_JOURNAL)).exists();
        assertThat(Recovery.pending(anna)).containsExactly(
                "an interrupted synchronisation will be finished the next time the corpus is opened for writing or synchronised");
        SyncRecovery.install();
        try (CorpusStore sut = CorpusStore.open(anna, CorpusStore.Mode.WRITE, "attest annotate")) {
            assertThat(sut.notices()).containsExactly(
                    "recovered an interrupted synchronisation: the folder now holds the merged work it was writing");
        }
        assertThat(anna.resolve(Recovery.SYNC_JOURNAL)).doesNotExist();
        assertThat(Team.git(anna, "status", "--porcelain")).isEmpty();
        assertThat(Team.git(anna, "rev-parse", "HEAD")).isEqualTo(Team.git(ben, "rev-parse", "HEAD"));
        assertThat(Team.sync(anna).nothingToDo()).isTrue();
    }
}
