package org.attest.io.tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.io.SourceFiles;

/**
 * The tag names of a Hugging Face token file, read when its first integer tag needs them from {@code labels.json}: a
 * list of names by index, {@code {"names": [...]}}, or a datasets features description whose {@code ner_tags} holds
 * them ({@code {"ner_tags": {"feature": {"names": [...]}}}}, also under {@code "features"}).
 */
final class HfLabelNames {

    /** The name of the file beside the JSON Lines that names the integer tags. */
    static final String FILE = "labels.json";

    private final Path file;
    private final ImportOptions options;
    private List<String> names;

    /** Prepares to read {@code file} when a tag needs it. */
    HfLabelNames(Path file, ImportOptions options) {
        this.file = file;
        this.options = options;
    }

    /** Returns the tag name of {@code tag}, a name or an index into the names; {@code where} names it in messages. */
    String tag(JsonNode tag, String where) throws ImportException {
        if (tag.isTextual()) {
            return tag.textValue();
        }
        if (!tag.isIntegralNumber() || !tag.canConvertToInt()) {
            throw new ImportException(where + " is " + tag + ", neither a tag name nor a whole number naming one in "
                    + FILE + "; fix that line");
        }
        List<String> known = names(where);
        int index = tag.intValue();
        if (index < 0 || index >= known.size()) {
            throw new ImportException(where + " is " + index + ", but " + file + " names " + known.size()
                    + " tags, numbered from 0; fix the tag or the label list");
        }
        return known.get(index);
    }

    private List<String> names(String where) throws ImportException {
        if (names == null) {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(where + " is a number, but there is no " + file
                        + " naming the tags; put the label list (a JSON list such as [\"O\", \"B-PER\", \"I-PER\"])"
                        + " beside the file");
            }
            String json = SourceFiles.text(file, options, "labels.json is UTF-8").strip();
            JsonNode root = json.startsWith("[")
                    ? SourceFiles.jsonObject("{\"names\":" + json + "}", file, 1, "a JSON list of tag names")
                    : SourceFiles.jsonObject(json, file, 1, "a JSON list of tag names");
            names = list(find(root));
        }
        return names;
    }

    private JsonNode find(JsonNode root) throws ImportException {
        JsonNode features = root.has("features") ? root.get("features") : root;
        JsonNode tags = features.has("ner_tags") ? features.get("ner_tags") : features;
        JsonNode holder = tags.has("feature") ? tags.get("feature") : tags;
        JsonNode list = holder.get("names");
        if (list == null || !list.isArray()) {
            throw new ImportException(file + ": no list of tag names; write a JSON list such as [\"O\", \"B-PER\","
                    + " \"I-PER\"], or {\"names\": [...]}");
        }
        return list;
    }

    private List<String> list(JsonNode array) throws ImportException {
        List<String> result = new ArrayList<>();
        for (JsonNode name : array) {
            if (!name.isTextual() || name.textValue().isEmpty()) {
                throw new ImportException(file + ": the tag name at index " + result.size() + " is " + name
                        + "; every tag name is a non-empty string");
            }
            result.add(name.textValue());
        }
        return result;
    }
}
