package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.cli.Cli;
import org.attest.store.fs.CorpusLock;
import org.attest.store.fs.FaultSeam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import that died half way and a lock left by a dead program, met again from the command line as a user would. */
class RecoveryCommandsTest {

    /** Stands for the process dying: nothing after it runs but the closing of files. */
    private static final class Death extends Error {

        private static final long serialVersionUID = 1L;
    }

    @TempDir
    Path tmp;

    private String out;
    private String err;

    @AfterEach
    void noFaults() {
        FaultSeam.clear();
    }

    private int attest(String... args) {
        CommandRun run = CommandRun.of(args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    @Test
    void anImportThatDiedWhilePublishingIsFinishedByTheNextCommandWithOneLineAndValidateSaysSoBefore()
            throws Exception {
        Path c = tmp.resolve("c");
        attest("init", c.toString());
        Path second = c.resolve("documents/harbour-flood-b");
        // dies right after the first document folder moved into place: the journal names all three
        FaultSeam.install((call, path) -> {
            if (call == FaultSeam.Call.RENAME && path.equals(second)) {
                throw new Death();
            }
        });
        assertThat(catchThrowable(() -> attest("import", c.toString(), DemoCorpus.samples().toString())))
                .isInstanceOf(Death.class);
        FaultSeam.clear();
        assertThat(c.resolve("documents/harbour-flood-a")).isDirectory();
        assertThat(second).doesNotExist();

        assertThat(attest("validate", c.toString())).isEqualTo(Cli.PROBLEMS);
        assertThat(out).startsWith(
                "needs recovery: an interrupted import will be finished the next time the corpus is opened for writing (3 documents published")
                .contains("validate again afterwards").doesNotContain("orphan");

        assertThat(attest("import", c.toString(), DemoCorpus.samples().toString())).as(err).isZero();
        assertThat(err).contains("attest: recovered an interrupted import: 3 documents published");
        assertThat(out).contains("3 already in the corpus");
        assertThat(attest("validate", c.toString())).as(out).isZero();
        assertThat(out).contains("OK: 3 document(s) checked");
    }

    @Test
    void anInitKilledBeforeItsLastFileIsRunAgainOverWhatItLeftButNeverOverAUsersFiles() throws Exception {
        Path c = tmp.resolve("c");
        Files.createDirectories(c.resolve("documents"));
        Files.createDirectories(c.resolve(".attest"));
        Files.writeString(c.resolve("schema.xmi"), "<half");
        Files.writeString(c.resolve(".gitignore"), "/.attest/\n");

        assertThat(attest("init", c.toString())).as(err).isZero();
        assertThat(err).contains("attest: removed what an interrupted creation of a corpus had left in " + c);
        assertThat(attest("validate", c.toString())).isZero();

        Path d = tmp.resolve("d");
        Files.createDirectories(d.resolve("documents"));
        Files.writeString(d.resolve("notes.txt"), "mine");
        assertThat(attest("init", d.toString())).isNotZero();
        assertThat(err).contains(d + " is not empty");
        assertThat(d.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void aLockFileLeftByADeadProgramIsTakenOverWithANoteAndNoUnlock() throws Exception {
        Path c = tmp.resolve("c");
        attest("init", c.toString());
        Files.writeString(c.resolve(CorpusLock.LOCK_FILE), "pid=" + Long.MAX_VALUE
                + "\nhost=elsewhere\nuser=bob\nsince=2026-11-23T10:00:00Z\npurpose=attest import\n");

        assertThat(attest("annotators", c.toString(), "add", "kari")).as(err).isZero();

        assertThat(err).contains("attest: took over the corpus from \"attest import\" (pid " + Long.MAX_VALUE
                + " on host elsewhere, user bob, since 2026-11-23T10:00:00Z), which ended without closing it");
        assertThat(attest("validate", c.toString())).isZero();
    }
}
