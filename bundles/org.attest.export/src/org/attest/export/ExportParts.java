package org.attest.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.attest.store.CorpusException;

/**
 * Which documents go into which part of an export (train, dev, test): drawn by a seeded shuffle, or fixed by a caller
 * that drew them over several corpora exported together.
 */
public final class ExportParts {

    private static final int LISTED = 5;

    private ExportParts() {
    }

    /**
     * Assigns the documents to the parts: ids sorted, shuffled with {@code new Random(seed)}, cut by the percentages
     * (rounded down, the last part takes the rest); each part lists its ids sorted.
     */
    public static Map<String, List<String>> draw(List<String> ids, ExportRequest request) {
        List<String> shuffled = new ArrayList<>(ids);
        Collections.sort(shuffled);
        Collections.shuffle(shuffled, new Random(request.seed()));
        Map<String, List<String>> parts = new LinkedHashMap<>();
        List<String> names = request.splitNames();
        int from = 0;
        for (int i = 0; i < names.size(); i++) {
            int to = i == names.size() - 1 ? shuffled.size() : from + shuffled.size() * request.split().get(i) / 100;
            List<String> part = new ArrayList<>(shuffled.subList(from, to));
            Collections.sort(part);
            if (request.split().get(i) > 0) {
                parts.put(names.get(i), part);
            }
            from = to;
        }
        return parts;
    }

    /**
     * Returns the parts {@code request} fixed, each limited to {@code ids} (the documents of the corpus in
     * {@code corpus}) and sorted; refuses a document of the corpus that no part names.
     */
    static Map<String, List<String>> share(List<String> ids, ExportRequest request, Path corpus)
            throws CorpusException {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        Set<String> ours = new HashSet<>(ids);
        Set<String> placed = new HashSet<>();
        for (String name : request.splitNames()) {
            List<String> given = request.parts().get(name);
            if (given != null) {
                List<String> part = given.stream().filter(ours::contains).sorted().toList();
                placed.addAll(part);
                parts.put(name, part);
            }
        }
        List<String> missing = ids.stream().filter(id -> !placed.contains(id)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new CorpusException("the parts given for the export of " + corpus + " leave " + missing.size()
                    + " of its documents out ("
                    + String.join(", ", missing.subList(0, Math.min(LISTED, missing.size())))
                    + (missing.size() > LISTED ? ", ..." : "")
                    + "); draw the parts over the documents of every corpus exported together");
        }
        return parts;
    }
}
