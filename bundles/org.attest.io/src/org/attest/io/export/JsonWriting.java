package org.attest.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Writes JSON Lines deterministically: object keys sorted, numbers as Java prints them, one value per line. */
final class JsonWriting {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonWriting() {
    }

    /** Returns the UTF-8 bytes {@code writer} writes through a generator with no separator between root values. */
    static byte[] bytes(IOConsumer writer) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 13);
        try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            gen.setRootValueSeparator(null);
            writer.accept(gen);
        }
        return out.toByteArray();
    }

    /** Writes through a generator. */
    @FunctionalInterface
    interface IOConsumer {

        /** Writes to {@code gen}. */
        void accept(JsonGenerator gen) throws IOException;
    }

    /** Opens a generator writing UTF-8 to {@code file} with no separator between root values. */
    static JsonGenerator open(Path file) throws IOException {
        OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        gen.setRootValueSeparator(null);
        return gen;
    }

    /** Writes {@code value} (a Map, List, String, Number, Boolean or null), map keys in sorted order. */
    static void value(JsonGenerator gen, Object value) throws IOException {
        switch (value) {
            case null -> gen.writeNull();
            case String s -> gen.writeString(s);
            case Integer i -> gen.writeNumber(i);
            case Long l -> gen.writeNumber(l);
            case Double d -> gen.writeNumber(d);
            case Number n -> gen.writeNumber(n.doubleValue());
            case Boolean b -> gen.writeBoolean(b);
            case Map<?, ?> map -> {
                gen.writeStartObject();
                Map<?, ?> sorted = map instanceof java.util.SortedMap<?, ?> ? map : new TreeMap<>(map);
                for (Map.Entry<?, ?> e : sorted.entrySet()) {
                    gen.writeFieldName(String.valueOf(e.getKey()));
                    value(gen, e.getValue());
                }
                gen.writeEndObject();
            }
            case List<?> list -> {
                gen.writeStartArray();
                for (Object item : list) {
                    value(gen, item);
                }
                gen.writeEndArray();
            }
            default ->
                throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON: " + value);
        }
    }

    /** Writes {@code value} followed by a line feed. */
    static void line(JsonGenerator gen, Object value) throws IOException {
        value(gen, value);
        gen.writeRaw('\n');
    }
}
