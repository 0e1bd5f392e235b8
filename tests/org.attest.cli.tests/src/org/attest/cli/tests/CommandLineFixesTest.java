package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.attest.cli.Cli;
import org.attest.cli.CommandLineFixes;
import org.attest.store.fs.CorpusLock;
import org.attest.store.fs.LockHolder;
import org.attest.store.fs.StaleLockException;
import org.attest.store.fs.UnsafePathException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services state facts; the command line words each fix as the command to type, with the corpus named. */
class CommandLineFixesTest {

    @TempDir
    Path tmp;

    private String err;

    private int attest(String... args) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8)).run(args);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void aStaleLockIsClearedWithTheUnlockCommandNamingTheCorpus() {
        Path corpus = tmp.resolve("flood");
        LockHolder gone = new LockHolder(42, "elsewhere", "kari", Instant.parse("2026-12-05T09:00:00Z"),
                "Attest workbench");
        StaleLockException stale = new StaleLockException(corpus, gone, "The corpus " + corpus + " was left locked.");

        assertThat(CommandLineFixes.fix(stale)).isEqualTo(" Clear it with: attest unlock " + corpus);
    }

    @Test
    void aCorpusAnotherProgramWritesIsRefusedNamingTheHolderWithoutSuggestingToUnlockIt() throws Exception {
        Path corpus = tmp.resolve("flood");
        assertThat(attest("init", corpus.toString())).isZero();

        try (CorpusLock held = CorpusLock.acquire(corpus, "Attest workbench")) {
            assertThat(attest("import", corpus.toString(),
                    Files.writeString(tmp.resolve("a.txt"), "Harbour flood.").toString()))
                    .isEqualTo(Cli.FAILED);
        }

        assertThat(err).contains("is open for writing by \"Attest workbench\" (pid " + ProcessHandle.current().pid())
                .doesNotContain("unlock");
    }

    @Test
    void aFolderWithoutACorpusIsAnsweredWithTheInitCommandForThatFolder() {
        Path empty = tmp.resolve("empty");

        assertThat(attest("info", empty.toString())).isEqualTo(Cli.FAILED);

        assertThat(err).contains(empty + " is not an Attest corpus")
                .contains("; create one with: attest init " + empty);
    }

    @Test
    void exportingGoldBeforeCurationNamesTheCommandsThatCurateAndTheOptionForAnAnnotatorsWork() throws Exception {
        Path corpus = tmp.resolve("flood");
        assertThat(attest("init", corpus.toString())).isZero();
        assertThat(attest("import", corpus.toString(),
                Files.writeString(tmp.resolve("a.txt"), "Harbour flood.").toString())).isZero();

        assertThat(attest("export", "--format", "jsonl", corpus.toString(), tmp.resolve("out").toString()))
                .isEqualTo(Cli.FAILED);

        assertThat(err).contains("is curated yet")
                .contains("run 'attest merge " + corpus.toAbsolutePath().normalize() + "'")
                .contains("--from ANNOTATOR");
    }

    @Test
    void aLinkInACorpusPointsToTheCommandThatListsEveryLink() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("documents"), tmp);

        assertThat(CommandLineFixes.fix(UnsafePathException.link(link))).contains("'attest validate' lists every link");
    }
}
