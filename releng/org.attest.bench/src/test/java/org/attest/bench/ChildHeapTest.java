package org.attest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildHeapTest {

    @TempDir
    Path tmp;

    // a product whose bin/attest is the given shell script
    private Path product(String script) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("product/bin"));
        Path attest = bin.resolve("attest");
        Files.writeString(attest, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(attest, PosixFilePermissions.fromString("rwxr-xr-x"));
        return tmp.resolve("product");
    }

    @Test
    void aCommandThatPrintsMegabytesKeepsOnlyTheEndOfItsOutput() throws Exception {
        Path product = product("seq 1 300000; echo \"$1 done\"");
        Path dir = tmp.resolve("claims");

        ChildHeap.Run sut = ChildHeap.run(product, List.of("claims"), 512, dir, Map.of());

        assertThat(sut.ok()).isTrue();
        assertThat(sut.tail()).endsWith("299999\n300000\nclaims done\n");
        assertThat(Files.size(dir.resolve("output.txt"))).isEqualTo(64 * 1024);
    }

    @Test
    void aCommandThatRanOutOfHeapIsToldEvenWhenItsMessageScrolledAway() throws Exception {
        // the message, then more than the tail keeps, then the heap dump the JVM writes
        Path product = product("echo java.lang.OutOfMemoryError: Java heap space; seq 1 100000;"
                + " echo dumped > \"$2/java_pid7.hprof\"; exit 0");
        Path dir = tmp.resolve("agreement");
        Files.createDirectories(dir);

        ChildHeap.Run sut = ChildHeap.run(product, List.of("agreement", dir.toString()), 512, dir, Map.of());

        assertThat(sut.tail()).doesNotContain("OutOfMemoryError");
        assertThat(sut.outOfMemory()).isTrue();
        assertThat(sut.ok()).isFalse();
        assertThat(sut.describe()).startsWith("OUT OF MEMORY");
    }

    @Test
    void aPauseThatFoundNoRoomToCopyIntoIsCountedButNotTakenForWhatTheCommandKept() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("export"));
        Files.writeString(dir.resolve("gc-1.log"), """
                [1.0s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 300M->120M(512M) 3.0ms
                [2.0s][info][gc] GC(2) Pause Young (Normal) (G1 Evacuation Pause) (Evacuation Failure: Allocation) \
                510M->510M(512M) 20.0ms
                [3.0s][info][gc] GC(3) Pause Full (G1 Compaction Pause) 512M->237M(512M) 321.0ms
                [4.0s][info][gc] GC(4) Pause Remark 260M->250M(512M) 5.0ms
                """);

        double[] sut = ChildHeap.readLogs(dir);

        assertThat(sut[0]).isEqualTo(250);
        assertThat(sut[1]).isEqualTo(512);
        assertThat(sut[2]).isEqualTo(4);
    }
}
