package org.attest.io;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the readers of other packages of this bundle share with the readers here: strict, size-checked reading of a text
 * file, strict JSON, and ids from file names.
 */
public final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * Returns the text of {@code file} within the limits of {@code options}, decoded strictly as UTF-8 (or as the
     * declared encoding) with a byte order mark removed; {@code howToDeclare} tells in messages how to declare another.
     */
    public static String text(Path file, ImportOptions options, String howToDeclare) throws ImportException {
        byte[] bytes = FileBytes.read(file, options);
        return new TextDecoder(file.toString(), howToDeclare, true).decode(bytes, options.declaredEncoding());
    }

    /** Parses one JSON object found on line {@code line} of {@code file}, or says where and how it is malformed. */
    public static JsonNode jsonObject(String json, Path file, int line, String expectation) throws ImportException {
        return Json.parseObject(json, file.toString(), line, expectation);
    }

    /** Returns a document id made from the file's base name: lower case, other characters than a-z0-9._- as '-'. */
    public static String idOf(Path file) {
        return Ids.fromFileName(file);
    }
}
