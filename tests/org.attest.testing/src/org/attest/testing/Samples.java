package org.attest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the shared real-world sample articles and the project's own samples from the test's working directory. */
public final class Samples {

    private Samples() {
    }

    /** Returns the folder of the two real news articles shared with the project ({@code ../shared/samples}). */
    public static Path shared() {
        return above("shared/samples", Files::isDirectory);
    }

    /** Returns the names of the shared sample articles, such as "karabakh-ceasefire-a.txt", sorted. */
    public static List<String> sharedNames() {
        try (Stream<Path> files = Files.list(shared())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the text of the shared sample article {@code name}, decoded as UTF-8. */
    public static String sharedText(String name) {
        try {
            return Files.readString(shared().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the project's own sample folder ({@code samples/} at the repository root). */
    public static Path project() {
        return above("samples/harbour-flood-a.txt", Files::isRegularFile).getParent();
    }

    private static Path above(String relative, java.util.function.Predicate<Path> test) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (test.test(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " was not found above " + Path.of("").toAbsolutePath());
    }
}
