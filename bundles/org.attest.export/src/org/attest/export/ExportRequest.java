package org.attest.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.attest.io.LabelMap;

/**
 * What to export.
 *
 * @param format the format name ({@link ExportFormats#names()})
 * @param from {@code gold} (also for {@code null}) for the curated gold, or an annotator's name
 * @param split the percentages of the parts, summing to 100: one part ({@code all}), two (train, test) or three
 *     (train, dev, test)
 * @param seed the seed of the shuffle that assigns documents to parts
 * @param outDir the folder to write into, created if needed
 * @param labelMap the label map of an import, read backwards for the names the token and standoff formats write for
 *     the schema's Entity labels ({@link LabelMap#exportNames}); with no pairs ({@code null} too) they write the
 *     schema's names
 * @param parts the documents of each part, by part name, when a caller fixed them instead of this export drawing them
 *     ({@link #withParts}); {@code null} for a drawn split
 */
public record ExportRequest(String format, String from, List<Integer> split, long seed, Path outDir,
        LabelMap labelMap, Map<String, List<String>> parts) {

    /** The source name of the curated gold. */
    public static final String GOLD = "gold";

    /** Checks the components: a known-looking format, percentages that are not negative and sum to 100. */
    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(outDir, "outDir");
        from = from == null ? GOLD : from;
        labelMap = labelMap == null ? LabelMap.defaults() : labelMap;
        parts = parts == null ? null : Map.copyOf(parts);
        split = List.copyOf(split);
        if (split.isEmpty() || split.size() > 3 || split.stream().anyMatch(p -> p < 0)
                || split.stream().mapToInt(Integer::intValue).sum() != 100) {
            throw new IllegalArgumentException("split " + split
                    + " is not valid; give one to three percentages that sum to 100, such as 80/10/10");
        }
    }

    /** Creates a request whose export draws its parts, writing the Entity labels by {@code labelMap}'s names. */
    public ExportRequest(String format, String from, List<Integer> split, long seed, Path outDir, LabelMap labelMap) {
        this(format, from, split, seed, outDir, labelMap, null);
    }

    /** Creates a request whose export writes the schema's label names. */
    public ExportRequest(String format, String from, List<Integer> split, long seed, Path outDir) {
        this(format, from, split, seed, outDir, null, null);
    }

    /** Returns this request with {@code map} as its label map. */
    public ExportRequest withLabelMap(LabelMap map) {
        return new ExportRequest(format, from, split, seed, outDir, map, parts);
    }

    /**
     * Returns this request with the parts fixed: {@code parts} names the documents of each part (by the names of
     * {@link #splitNames()}), as {@link ExportParts#draw} drew them over a larger set of documents, such as the
     * corpora of a Spark export; the export writes those of its corpus, so the corpora's files joined are the export of
     * the whole set.
     */
    public ExportRequest withParts(Map<String, List<String>> parts) {
        return new ExportRequest(format, from, split, seed, outDir, labelMap, Objects.requireNonNull(parts, "parts"));
    }

    /** Returns the names of the parts: {@code all}; {@code train, test}; or {@code train, dev, test}. */
    public List<String> splitNames() {
        return switch (split.size()) {
            case 1 -> List.of("all");
            case 2 -> List.of("train", "test");
            default -> List.of("train", "dev", "test");
        };
    }

    /** Parses {@code 80/10/10} into percentages. */
    public static List<Integer> parseSplit(String text) {
        try {
            return Arrays.stream(text.split("/")).map(String::trim).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "split '" + text + "' is not valid; give percentages separated by '/', such as 80/10/10", e);
        }
    }
}
