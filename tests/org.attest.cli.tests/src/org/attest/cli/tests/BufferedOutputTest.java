package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output to a file or a pipe ({@code bin/attest} tells the process) is written in blocks, and output to a terminal
 * line by line: the same text either way.
 */
class BufferedOutputTest {

    private static final int DOCUMENTS = 300;

    @TempDir
    Path tmp;

    private String corpus;

    @BeforeEach
    void corpusOfManyDocuments() throws IOException {
        corpus = tmp.resolve("c").toString();
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(texts.resolve(String.format("article-%03d.txt", i)),
                    "Officials said on Tuesday that " + i + " people had been moved to safety.\n");
        }
        assertThat(CommandRun.of("init", corpus).code()).isZero();
        assertThat(CommandRun.of("import", corpus, texts.toString()).code()).isZero();
    }

    @Test
    void aListingWrittenInBlocksTakesAFewWritesAndPrintsTheSameText() {
        Writes lineByLine = new Writes();
        Writes blocks = new Writes();

        int lineCode = new Cli(new PrintStream(lineByLine, true, StandardCharsets.UTF_8), quiet()).run("info", corpus);
        int blockCode = new Cli(
                new PrintStream(new BufferedOutputStream(blocks, 64 * 1024), false, StandardCharsets.UTF_8), quiet(),
                false).run("info", corpus);

        assertThat(lineCode).isZero();
        assertThat(blockCode).isZero();
        String text = lineByLine.text();
        assertThat(text.lines().count()).isGreaterThan(DOCUMENTS);
        assertThat(blocks.text()).isEqualTo(text);
        assertThat(lineByLine.calls).isGreaterThanOrEqualTo(DOCUMENTS);
        assertThat(blocks.calls).isBetween(1, 3);
    }

    @Test
    void aUsageErrorAfterNothingPrintedStillReachesTheErrorStreamWhenOutputIsBuffered() {
        Writes out = new Writes();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new Cli(new PrintStream(new BufferedOutputStream(out, 64 * 1024), false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).run("info", corpus, "--no-such-option");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--no-such-option").contains("attest info --help");
        assertThat(out.text()).isEmpty();
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    }

    // the bytes a stream received and in how many calls, as a file's writes
    private static final class Writes extends OutputStream {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int calls;

        @Override
        public void write(int b) {
            calls++;
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            calls++;
            bytes.write(b, off, len);
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
