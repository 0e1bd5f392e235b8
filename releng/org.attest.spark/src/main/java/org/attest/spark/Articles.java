package org.attest.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/** Synthetic news articles as JSON Lines, the same for the same seed. */
final class Articles {

    private static final String[] PEOPLE = {"Anna Berg", "Karim Haddad", "Li Wei", "Maria Rossi", "Jon Smith"};
    private static final String[] PLACES = {"Yerevan", "Baku", "Geneva", "Lisbon", "Oslo"};

    private Articles() {
    }

    /** Writes {@code count} articles with ids {@code doc-0000} ... into {@code file}. */
    static Path write(Path file, int count, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String person = PEOPLE[random.nextInt(PEOPLE.length)];
            String place = PLACES[random.nextInt(PLACES.length)];
            int figure = 10 + random.nextInt(5000);
            String text = person + " said in " + place + " that at least " + figure
                    + " people were evacuated, according to officials. Article " + i + ".";
            out.append(String.format(Locale.ROOT,
                    "{\"id\": \"doc-%04d\", \"title\": \"Report %d\", \"outlet\": \"%s\", \"language\": \"en\","
                            + " \"date\": \"2024-01-%02d\", \"text\": \"%s\"}%n",
                    i, i, i % 2 == 0 ? "Daily" : "Herald", 1 + i % 28, text));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return file;
    }
}
