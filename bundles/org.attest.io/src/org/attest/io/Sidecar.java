package org.attest.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** The optional {@code NAME.meta.json} file next to {@code NAME.txt} with the article's metadata. */
record Sidecar(Path path, Map<String, String> values) {

    /** The suffix of sidecar files. */
    static final String SUFFIX = ".meta.json";

    private static final long MAX_BYTES = 1024 * 1024;

    /** Returns the sidecar path of {@code file}: its name without extension plus {@value #SUFFIX}. */
    static Path pathOf(Path file) {
        return file.resolveSibling(Ids.baseName(file) + SUFFIX);
    }

    /** Reads the sidecar of {@code file}, if there is one. */
    static Optional<Sidecar> find(Path file) throws ImportException {
        Path path = pathOf(file);
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        String expectation = "a sidecar holds one JSON object such as {\"title\": \"...\", \"date\": \"2023-09-21\"}; fix "
                + path.getFileName() + " or remove it";
        byte[] bytes = FileBytes.read(path, MAX_BYTES, Runtime.getRuntime().maxMemory());
        String json = new TextDecoder(path.toString(), "sidecars must be UTF-8", false).decode(bytes, null);
        JsonNode node = Json.parseObject(json, path.toString(), 1, expectation);
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (value.isContainerNode() && isMapped(entry.getKey())) {
                throw new ImportException(path + ": \"" + entry.getKey() + "\" must be a string, not " + value
                        + "; " + expectation);
            }
            String text = Json.asString(value);
            if (text != null) {
                MetadataFields.check(path.toString(), entry.getKey(), text);
                values.put(entry.getKey(), text);
            }
        }
        return Optional.of(new Sidecar(path, values));
    }

    private static boolean isMapped(String key) {
        return switch (key) {
            case "id", "title", "outlet", "language", "originalLanguage", "date", "encoding" -> true;
            default -> false;
        };
    }

    /** Returns the value of {@code key}, or {@code null}. */
    String get(String key) {
        return values.get(key);
    }

    /** Returns the values that are not mapped to an {@link ArticleMetadata} component or to the encoding. */
    Map<String, String> extra() {
        Map<String, String> extra = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!isMapped(key)) {
                extra.put(key, value);
            }
        });
        return extra;
    }
}
