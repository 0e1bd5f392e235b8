package org.attest.store.fs.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.attest.store.fs.CorpusLock;
import org.attest.store.fs.CorpusLockedException;
import org.attest.store.fs.LockHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus lock between two real processes, including one that is killed while holding it. */
class CorpusLockProcessTest {

    @TempDir
    Path corpus;

    @Test
    void thatALockHeldByAnotherProcessIsRefusedAndAfterItIsKilledTakenOverWithItsHolderNamed() throws Exception {
        long childPid;
        try (ChildJvm child = ChildJvm.start(LockHoldingChild.class, corpus.toString())) {
            assertThat(child.awaitFirstLine()).isEqualTo("locked");
            childPid = child.pid();

            assertThatThrownBy(() -> CorpusLock.acquire(corpus, "Attest workbench"))
                    .isExactlyInstanceOf(CorpusLockedException.class)
                    .hasMessageContaining(
                            "is open for writing by \"" + LockHoldingChild.PURPOSE + "\" (pid " + childPid)
                    .hasMessageContaining("Close that program first, or wait for it to finish.");
            assertThat(CorpusLock.holder(corpus)).map(LockHolder::pid).contains(childPid);
            assertThatThrownBy(() -> CorpusLock.clearStale(corpus)).isExactlyInstanceOf(CorpusLockedException.class);

            child.kill();
        }

        try (CorpusLock sut = CorpusLock.acquire(corpus, "Attest workbench")) {
            assertThat(sut.holder().pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(sut.previousHolder()).map(LockHolder::pid).contains(childPid);
            assertThat(sut.previousHolder()).map(LockHolder::processAlive).contains(false);
        }
    }

    @Test
    void thatAProcessEndingNormallyLeavesNoLockBehind() throws Exception {
        try (ChildJvm child = ChildJvm.start(LockHoldingChild.class, corpus.toString())) {
            assertThat(child.awaitFirstLine()).isEqualTo("locked");

            assertThat(child.closeInputAndWait()).isZero();
        }

        assertThat(corpus.resolve(CorpusLock.LOCK_FILE)).doesNotExist();
        try (CorpusLock sut = CorpusLock.acquire(corpus, "Attest workbench")) {
            assertThat(sut.holder().purpose()).isEqualTo("Attest workbench");
        }
    }

    @Test
    void thatProcessesTakingTurnsNeverHoldTheLockTogetherNorSeeAFalseStaleLock() throws Exception {
        String rounds = "300";
        try (ChildJvm first = ChildJvm.start(LockContender.class, corpus.toString(), rounds);
                ChildJvm second = ChildJvm.start(LockContender.class, corpus.toString(), rounds);
                ChildJvm third = ChildJvm.start(LockContender.class, corpus.toString(), rounds)) {

            for (ChildJvm contender : new ChildJvm[]{first, second, third}) {
                assertThat(contender.awaitFirstLine()).isEqualTo("acquired 300 overlaps 0 stale 0");
            }
        }
        assertThat(corpus.resolve(CorpusLock.LOCK_FILE)).doesNotExist();
    }
}
