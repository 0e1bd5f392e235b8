package org.attest.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Strict JSON parsing with messages that name the file, the line and the fix. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /**
     * Parses {@code json}, which starts on line {@code firstLine} of the file named {@code where}, into one object.
     */
    static JsonNode parseObject(String json, String where, int firstLine, String expectation) throws ImportException {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            boolean known = location != null && location.getLineNr() >= 1;
            int line = known ? firstLine + location.getLineNr() - 1 : firstLine;
            String column = known && location.getColumnNr() >= 1 ? " (column " + location.getColumnNr() + ")" : "";
            throw new ImportException(
                    where + ":" + line + ": malformed JSON" + column + ": " + firstLineOf(e.getOriginalMessage())
                            + "; " + expectation,
                    e);
        }
        if (node == null || !node.isObject()) {
            String found = node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            throw new ImportException(
                    where + ":" + firstLine + ": found " + found + " where a JSON object was expected; "
                            + expectation);
        }
        return node;
    }

    private static String firstLineOf(String message) {
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }

    /** Returns the value as a string: text as is, other scalars and structures as JSON, {@code null} for JSON null. */
    static String asString(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
