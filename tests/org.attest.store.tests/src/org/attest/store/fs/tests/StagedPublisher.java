package org.attest.store.fs.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.attest.store.fs.StagedFiles;

/**
 * Child process main: writes two files (one in a subfolder) into a staging folder and publishes them with
 * {@link StagedFiles#publishStaged} forever, alternating two versions, until it is killed; as an export does.
 */
public final class StagedPublisher {

    /** The files published, relative to the target folder. */
    static final List<String> FILES = List.of("train.jsonl", "train/a.xmi");

    private StagedPublisher() {
    }

    /** Publishes into the folder {@code args[0]} alternately versions A and B, and prints "ready" once. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        byte[][] versions = {TortureWriter.version('A'), TortureWriter.version('B')};
        for (long round = 0;; round++) {
            byte[] content = versions[(int) (round % 2)];
            Path staging = target.resolve(".staging-" + round);
            List<Path> staged = FILES.stream().map(staging::resolve).toList();
            for (Path file : staged) {
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    for (int offset = 0; offset < content.length; offset += 8192) {
                        out.write(content, offset, Math.min(8192, content.length - offset));
                    }
                }
            }
            StagedFiles.publishStaged(staging, staged, target);
            try (Stream<Path> paths = Files.walk(staging)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
            if (round == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
