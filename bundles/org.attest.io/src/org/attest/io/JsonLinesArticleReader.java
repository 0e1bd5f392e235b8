package org.attest.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads articles from a JSON Lines file: one JSON object per line with {@code id}, {@code title}, {@code outlet},
 * {@code language}, {@code originalLanguage}, {@code date} and the required {@code text}; other keys go to
 * {@link ArticleMetadata#extra()}.
 */
public final class JsonLinesArticleReader implements ArticleReader {

    private static final String EXPECTATION = "each line must be one JSON object such as "
            + "{\"id\": \"a1\", \"title\": \"...\", \"text\": \"...\"}; fix or remove that line";

    /** Creates a reader. */
    public JsonLinesArticleReader() {
    }

    /** Returns the articles of {@code file} in line order; any invalid line refuses the whole file. */
    @Override
    public List<Article> read(Path file, ImportOptions options) throws ImportException {
        byte[] bytes = FileBytes.read(file, options.maxFileBytes());
        String content = new TextDecoder(file.toString(), "--encoding NAME; JSON Lines should be UTF-8")
                .decode(bytes, options.declaredEncoding());
        String fileName = file.getFileName().toString();
        String[] lines = content.split("\n", -1);
        List<Article> articles = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            String where = file + ":" + lineNumber;
            JsonNode node = Json.parseObject(line, file.toString(), lineNumber, EXPECTATION);
            Article article = article(node, fileName + ":" + lineNumber, where, Ids.fromFileName(file) + "-" + lineNumber);
            Integer earlier = lineOfId.putIfAbsent(article.metadata().id(), lineNumber);
            if (earlier != null) {
                throw new ImportException(where + ": duplicate id \"" + article.metadata().id() + "\", already used on line "
                        + earlier + "; give every article in the file its own id");
            }
            articles.add(article);
        }
        if (articles.isEmpty()) {
            throw new ImportException(file + ": no articles, only blank lines; give one JSON object per line");
        }
        return articles;
    }

    private static Article article(JsonNode node, String sourceName, String where, String defaultId)
            throws ImportException {
        Map<String, String> known = new HashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            switch (key) {
                case "id", "title", "outlet", "language", "originalLanguage", "date", "text" -> {
                    if (!value.isNull() && !value.isTextual() && !("id".equals(key) && value.isIntegralNumber())) {
                        throw new ImportException(where + ": \"" + key + "\" must be a string, not " + value + "; "
                                + EXPECTATION);
                    }
                    known.put(key, Json.asString(value));
                }
                default -> {
                    String text = Json.asString(value);
                    if (text != null) {
                        extra.put(key, text);
                    }
                }
            }
        }
        String text = known.get("text");
        if (text == null) {
            throw new ImportException(where + ": the article has no \"text\"; add the article text as \"text\": \"...\"");
        }
        if (text.isBlank()) {
            throw new ImportException(where + ": \"text\" is " + (text.isEmpty() ? "empty" : "only whitespace")
                    + "; give the article text or remove the line");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new ImportException(where + ": \"text\" contains a NUL character at offset " + text.indexOf('\u0000')
                    + ", which is not article text; remove it at the source");
        }
        String id = known.get("id");
        if (id != null && id.isBlank()) {
            throw new ImportException(where + ": \"id\" is empty; give the article an id or leave the key out");
        }
        ArticleMetadata metadata = new ArticleMetadata(id == null ? defaultId : id, known.get("title"), known.get("outlet"),
                known.get("language"), known.get("originalLanguage"), known.get("date"), extra);
        return Article.plain(sourceName, text, metadata);
    }
}
