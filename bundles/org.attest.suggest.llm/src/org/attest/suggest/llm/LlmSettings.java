package org.attest.suggest.llm;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.model.schema.Schemas;
import org.attest.store.CorpusException;
import org.attest.store.CorpusFiles;
import org.attest.store.fs.PathGuard;
import org.attest.suggest.api.SuggestException;

/**
 * What the corpus settings file {@value #FILE} says about the language model: which API, where, which model, a prompt
 * per span layer and how long to wait.
 *
 * @param file the settings file it was read from
 * @param api the chat API the endpoint speaks
 * @param url the endpoint's base URL exactly as written, such as {@code http://127.0.0.1:11434}
 * @param model the model's name, such as {@code llama3.2}
 * @param prompts the prompt of each span layer to ask about, by layer name, sorted
 * @param timeout how long to wait for each answer
 * @param chunk the most characters of text sent in one chat (whole sentences; a longer sentence is sent alone)
 */
public record LlmSettings(Path file, Api api, String url, String model, Map<String, String> prompts,
        Duration timeout, int chunk) {

    /** The settings file, relative to the corpus folder. */
    public static final String FILE = "settings/llm.properties";

    /** The seconds waited for an answer when the file sets no {@code llm.timeout}. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 120;

    /** The most characters sent in one chat when the file sets no {@code llm.chunk}: a few thousand tokens. */
    public static final int DEFAULT_CHUNK = 6000;

    private static final String API = "llm.api";
    private static final String URL = "llm.url";
    private static final String MODEL = "llm.model";
    private static final String TIMEOUT = "llm.timeout";
    private static final String CHUNK = "llm.chunk";
    private static final String PROMPT = "prompt.";

    /** The chat API an endpoint speaks. */
    public enum Api {

        /** Ollama's {@code POST /api/chat}. */
        OLLAMA("/api/chat"),
        /** An OpenAI-compatible {@code POST /v1/chat/completions}. */
        OPENAI("/v1/chat/completions");

        private final String path;

        Api(String path) {
            this.path = path;
        }

        /** Returns the path of its chat call, appended to the base URL. */
        public String path() {
            return path;
        }
    }

    /** Copies the prompts, sorted and unmodifiable. */
    public LlmSettings {
        prompts = Collections.unmodifiableMap(new TreeMap<>(prompts));
    }

    /** Returns the URI every request of these settings is sent to: the base URL and the API's chat path. */
    public URI endpoint() {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return URI.create(base + api.path());
    }

    /** Returns whether the corpus in {@code corpusDir} has a settings file. */
    public static boolean present(Path corpusDir) throws SuggestException {
        try {
            return PathGuard.isFile(corpusDir, corpusDir.resolve(FILE));
        } catch (IOException e) {
            throw new SuggestException("llm: " + corpusDir.resolve(FILE) + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the settings of the corpus in {@code corpusDir}, checking every key against the corpus schema.
     *
     * @throws SuggestException naming the file and the key when the file is missing, unreadable or malformed
     */
    public static LlmSettings read(Path corpusDir, Schema schema) throws SuggestException {
        Path file = corpusDir.resolve(FILE);
        Properties properties = load(corpusDir, file);
        String api = required(file, properties, API);
        Api kind = switch (api.toLowerCase(Locale.ROOT)) {
            case "ollama" -> Api.OLLAMA;
            case "openai" -> Api.OPENAI;
            default -> throw malformed(file, API, "is '" + api + "'; write ollama or openai");
        };
        String url = url(file, required(file, properties, URL));
        String model = required(file, properties, MODEL);
        Duration timeout = Duration.ofSeconds(positive(file, properties, TIMEOUT, DEFAULT_TIMEOUT_SECONDS,
                "seconds"));
        int chunk = positive(file, properties, CHUNK, DEFAULT_CHUNK, "characters");
        Map<String, String> prompts = new TreeMap<>();
        Set<String> unknown = new TreeSet<>();
        Set<String> spanLayers = new TreeSet<>();
        Schemas.spanLayers(schema).stream().map(SpanLayer::getName).forEach(spanLayers::add);
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PROMPT)) {
                String layer = key.substring(PROMPT.length());
                if (!spanLayers.contains(layer)) {
                    throw malformed(file, key, "names no span layer of the corpus schema; the span layers are "
                            + spanLayers);
                }
                prompts.put(layer, required(file, properties, key));
            } else if (!Set.of(API, URL, MODEL, TIMEOUT, CHUNK).contains(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw malformed(file, unknown.iterator().next(), "is not a setting of the language model; the settings are "
                    + API + ", " + URL + ", " + MODEL + ", " + TIMEOUT + ", " + CHUNK + " and " + PROMPT + "<Layer>");
        }
        if (prompts.isEmpty()) {
            throw new SuggestException("llm: " + file + " has no " + PROMPT + "<Layer> key, so there is nothing to ask;"
                    + " add one per span layer, such as " + PROMPT + "Entity = Find the names of people, organisations"
                    + " and places.");
        }
        return new LlmSettings(file, kind, url, model, prompts, timeout, chunk);
    }

    private static Properties load(Path corpusDir, Path file) throws SuggestException {
        if (!present(corpusDir)) {
            throw new SuggestException("llm: " + file + " is missing; the language model needs it, with " + API + ", "
                    + URL + ", " + MODEL + " and a " + PROMPT + "<Layer> per span layer to ask about");
        }
        byte[] bytes;
        try {
            bytes = CorpusFiles.read(corpusDir, file);
        } catch (CorpusException e) {
            throw new SuggestException("llm: " + e.getMessage(), e);
        }
        Properties properties = new Properties();
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            properties.load(new StringReader(text));
        } catch (CharacterCodingException e) {
            throw new SuggestException("llm: " + file + " is not UTF-8 text; save it as UTF-8", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new SuggestException("llm: " + file + " is malformed: " + e.getMessage()
                    + "; fix the line with the broken \\u escape", e);
        }
        return properties;
    }

    private static String required(Path file, Properties properties, String key) throws SuggestException {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw malformed(file, key, value == null ? "is missing" : "is empty");
        }
        return value.strip();
    }

    private static String url(Path file, String url) throws SuggestException {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw malformed(file, URL, "is '" + url + "', not an http or https URL with a host, such as"
                        + " http://127.0.0.1:11434");
            }
            if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
                throw malformed(file, URL, "is '" + url + "'; write the base URL without user, query or fragment");
            }
            return url;
        } catch (URISyntaxException e) {
            throw malformed(file, URL, "is '" + url + "', not a URL: " + e.getReason());
        }
    }

    private static int positive(Path file, Properties properties, String key, int unset, String unit)
            throws SuggestException {
        String value = properties.getProperty(key);
        if (value == null) {
            return unset;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw malformed(file, key,
                "is '" + value + "'; write a whole number of " + unit + " above 0, such as " + unset);
    }

    private static SuggestException malformed(Path file, String key, String problem) {
        return new SuggestException("llm: " + file + ": the key " + key + " " + problem);
    }
}
