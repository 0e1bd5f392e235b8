package org.attest.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A folder of generated files kept in Git: checked against a fresh generation, or rewritten from it. */
final class CommittedTree {

    private CommittedTree() {
    }

    /** Writes generated files into an empty scratch folder and returns the folder to compare with the committed one. */
    interface Generation {

        /** Generates into {@code scratch} and returns where the generated tree is. */
        Path into(Path scratch) throws IOException;
    }

    /**
     * Runs {@code generation} in an emptied {@code scratch} folder, then {@linkplain #check checks or rewrites}
     * {@code committed}.
     */
    static void regenerate(String what, Generation generation, Path scratch, Path committed, boolean write,
            String source, String command) throws IOException {
        deleteTree(scratch);
        Files.createDirectories(scratch);
        check(what, generation.into(scratch), committed, write, source, command);
    }

    /**
     * Rewrites {@code committed} from {@code fresh} when {@code write}, else exits with status 1 listing the files that
     * differ and the {@code command} that regenerates them.
     */
    static void check(String what, Path fresh, Path committed, boolean write, String source, String command)
            throws IOException {
        if (write) {
            deleteTree(committed);
            copyTree(fresh, committed);
            System.out.println(what + ": rewrote " + committed);
            return;
        }
        List<String> differences = compare(fresh, committed);
        if (!differences.isEmpty()) {
            System.err.println(what + ": the committed generated files in " + committed + " are out of date with "
                    + source + ":");
            differences.forEach(d -> System.err.println("  " + d));
            System.err.println("Regenerate them with: " + command);
            System.exit(1);
        }
        System.out.println(what + ": " + committed + " is up to date with " + source);
    }

    static List<String> compare(Path fresh, Path committed) throws IOException {
        TreeSet<Path> all = new TreeSet<>();
        all.addAll(relativeFiles(fresh));
        all.addAll(relativeFiles(committed));
        List<String> differences = new ArrayList<>();
        for (Path relative : all) {
            Path a = fresh.resolve(relative);
            Path b = committed.resolve(relative);
            if (!Files.exists(b)) {
                differences.add("missing: " + relative);
            } else if (!Files.exists(a)) {
                differences.add("not generated (stale file): " + relative);
            } else if (Files.mismatch(a, b) != -1) {
                differences.add("differs: " + relative);
            }
        }
        return differences;
    }

    static List<Path> relativeFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).toList();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        for (Path relative : relativeFiles(from)) {
            Path target = to.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(relative), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted((x, y) -> y.getNameCount() - x.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
