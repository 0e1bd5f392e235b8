package org.attest.suggest.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.attest.store.CorpusException;
import org.attest.store.CorpusFiles;
import org.attest.store.CorpusNames;
import org.attest.store.CorpusStore;
import org.attest.store.fs.PathGuard;
import org.attest.suggest.api.SuggestException;

/** The cue word lists: {@code settings/cues/<language>.txt} of a corpus, else the list built into this bundle. */
final class CueLists {

    /** A cue list and where it came from, such as {@code settings/cues/en.txt}. */
    record CueList(List<String> words, Pattern pattern, String origin) {
    }

    private static final Set<String> BUILT_IN = Set.of("en", "de", "fr", "es");

    // compiled patterns by the list's text: a list read again for every document is compiled once
    private final Map<String, CueList> compiled = new ConcurrentHashMap<>();

    /** Returns the cue list of {@code language} for the corpus of {@code store}. */
    CueList of(CorpusStore store, String language) throws SuggestException {
        String name = language + ".txt";
        if (CorpusNames.problem(name).isPresent()) {
            throw new SuggestException(CuesRecommender.NAME + ": the language '" + language
                    + "' is no valid file name for a cue list; correct the document's language");
        }
        Path root = store.layout().dir();
        Path file = root.resolve("settings").resolve("cues").resolve(name);
        String text;
        String origin;
        try {
            if (PathGuard.isFile(root, file)) {
                text = new String(CorpusFiles.read(root, file), StandardCharsets.UTF_8);
                origin = "settings/cues/" + name;
            } else if (BUILT_IN.contains(language)) {
                text = builtIn(name);
                origin = "the built-in " + language + " list";
            } else {
                throw new SuggestException(CuesRecommender.NAME + ": there is no cue list for language '" + language
                        + "'; write one cue a line into " + file);
            }
        } catch (IOException | CorpusException e) {
            throw new SuggestException(CuesRecommender.NAME + ": cannot read " + file + ": " + e.getMessage(), e);
        }
        String key = origin + "\n" + text;
        CueList list = compiled.get(key);
        if (list == null) {
            if (compiled.size() > 64) {
                compiled.clear();
            }
            List<String> words = words(text);
            list = new CueList(words, CuesRecommender.pattern(words), origin);
            compiled.put(key, list);
        }
        return list;
    }

    /** Returns the cues of a list's text: one a line, trimmed, without blank lines and {@code #} comments. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(word);
            }
        }
        return words;
    }

    private static String builtIn(String name) throws IOException {
        try (InputStream in = CueLists.class.getResourceAsStream("/cues/" + name)) {
            if (in == null) {
                throw new IOException("the built-in list /cues/" + name + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
