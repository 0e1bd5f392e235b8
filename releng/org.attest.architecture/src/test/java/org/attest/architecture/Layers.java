package org.attest.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The floors of the house as releng/org.attest.architecture/layers.txt writes them: floor, bundle, what it owns. */
final class Layers {

    private Layers() {
    }

    /** Returns each bundle's floor, in the file's order. */
    static Map<String, Integer> read(Path file) throws IOException {
        Map<String, Integer> floors = new LinkedHashMap<>();
        int number = 0;
        for (String line : Files.readAllLines(file)) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] words = text.split("\\s+", 3);
            if (words.length < 2 || !words[0].matches("\\d+")) {
                throw new IllegalStateException(
                        file + ":" + number + ": expected 'FLOOR BUNDLE what it owns', found: " + line);
            }
            floors.put(words[1], Integer.parseInt(words[0]));
        }
        return floors;
    }
}
