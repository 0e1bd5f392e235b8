package org.attest.store.fs.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.attest.store.fs.TemporaryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a process that is saving a file, again and again, and checks the file is never torn. */
class AtomicFilesCrashTest {

    private static final int KILLS = 24;

    @TempDir
    Path dir;

    @Test
    void thatAWriterKilledMidSaveLeavesEitherTheOldOrTheNewVersionEveryTime() throws Exception {
        Path sut = dir.resolve("gold.xmi");
        byte[] a = TortureWriter.version('A');
        byte[] b = TortureWriter.version('B');
        int killedMidSave = 0;
        int sawA = 0;
        int sawB = 0;
        System.out.println("Crash test child class path: " + ChildJvm.classPath());

        for (int kill = 0; kill < KILLS; kill++) {
            try (ChildJvm writer = ChildJvm.start(TortureWriter.class, sut.toString())) {
                assertThat(writer.awaitFirstLine()).isEqualTo("ready");
                // Varied moments: right away, and spread over several saves of a few megabytes.
                Thread.sleep((kill * 37L) % 300);
                writer.kill();
            }

            byte[] content = Files.readAllBytes(sut);
            boolean isA = Arrays.equals(content, a);
            boolean isB = Arrays.equals(content, b);
            assertThat(isA || isB).as("after kill %d the file is exactly version A or B (%d bytes, header %s)", kill,
                    content.length, new String(content, 0, Math.min(content.length, 24))).isTrue();
            sawA += isA ? 1 : 0;
            sawB += isB ? 1 : 0;

            List<Path> leftovers = TemporaryFiles.leftovers(dir);
            assertThat(entries()).as("every other file is a reported leftover").containsExactlyInAnyOrderElementsOf(
                    Stream.concat(Stream.of(sut), leftovers.stream()).toList());
            killedMidSave += leftovers.isEmpty() ? 0 : 1;
            for (Path leftover : leftovers) {
                Files.delete(leftover);
            }
        }

        System.out.printf("Crash test: %d kills, %d mid-save, file was version A %d times and B %d times%n", KILLS,
                killedMidSave, sawA, sawB);
        assertThat(killedMidSave).as("kills that interrupted a save").isPositive();
    }

    @Test
    void thatAPublisherKilledMidPublishingLeavesEachFileEitherOldOrNewEveryTime() throws Exception {
        byte[] a = TortureWriter.version('A');
        byte[] b = TortureWriter.version('B');
        int sawMixed = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            try (ChildJvm publisher = ChildJvm.start(StagedPublisher.class, dir.toString())) {
                assertThat(publisher.awaitFirstLine()).isEqualTo("ready");
                Thread.sleep((kill * 41L) % 300);
                publisher.kill();
            }

            List<Boolean> versionA = new java.util.ArrayList<>();
            for (String name : StagedPublisher.FILES) {
                byte[] content = Files.readAllBytes(dir.resolve(name));
                boolean isA = Arrays.equals(content, a);
                assertThat(isA || Arrays.equals(content, b))
                        .as("after kill %d %s is exactly version A or B (%d bytes)", kill, name,
                                content.length)
                        .isTrue();
                versionA.add(isA);
            }
            sawMixed += versionA.get(0).equals(versionA.get(1)) ? 0 : 1;
        }
        System.out.printf("Publish crash test: %d kills, the two files were of different versions %d times%n", KILLS,
                sawMixed);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
