package org.attest.cas.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the shared sample articles by walking up from the working directory, so tests never copy their text. */
final class Samples {

    private Samples() {
    }

    /** Returns the folder holding the sample articles. */
    static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/samples folder above " + Path.of("").toAbsolutePath());
    }

    /** Returns the names of the sample articles, such as "karabakh-ceasefire-a.txt". */
    static List<String> names() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the text of the sample article {@code name}, decoded as UTF-8. */
    static String text(String name) {
        try {
            return Files.readString(folder().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
