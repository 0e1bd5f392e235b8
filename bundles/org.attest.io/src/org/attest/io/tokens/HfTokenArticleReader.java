package org.attest.io.tokens;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.attest.io.Article;
import org.attest.io.ArticleReader;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.io.SourceFiles;
import org.attest.model.Schema;

/**
 * Reads Hugging Face token classification JSON Lines: a sentence a line, {@code {"id": ..., "tokens": [...],
 * "ner_tags": [...]}}, the tags as names or as integers that index the names in {@code labels.json} next to the file.
 * Consecutive lines with the same {@code document_id} (or {@code doc_id}, or an {@code id} such as {@code a1#0} as
 * Attest's export writes it) make one document, named by it; any other line is a document of its own, named by its
 * {@code id}. The text is rebuilt as the tokens joined by one space and the sentences by line breaks.
 */
public final class HfTokenArticleReader implements ArticleReader {

    /** The format's name for {@code --format}. */
    public static final String FORMAT = "hf-jsonl";

    private static final String EXPECTATION = "each line is one sentence such as {\"id\": \"s1\", \"tokens\":"
            + " [\"Zürich\", \"voted\"], \"ner_tags\": [\"B-LOC\", \"O\"]}; fix or remove that line";
    private static final Pattern ATTEST_ID = Pattern.compile("(.+)#\\d+");

    private final Schema schema;

    /** Creates a reader that puts the entity tags on the Entity layer of {@code schema}. */
    public HfTokenArticleReader(Schema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** Returns the documents of {@code file} in file order; any malformed line refuses the whole file. */
    @Override
    public List<Article> read(Path file, ImportOptions options) throws ImportException {
        String content = SourceFiles.text(file, options, "for the import; JSON Lines should be UTF-8");
        EntityLabels labels = new EntityLabels(schema, file, options);
        HfLabelNames names = new HfLabelNames(file.resolveSibling(HfLabelNames.FILE), options);
        String[] lines = content.split("\r?\n", -1);
        String name = file.getFileName().toString();
        List<Article> articles = new ArrayList<>();
        TokenDocument document = null;
        String group = null;
        String documentId = null;
        String source = null;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            JsonNode line = SourceFiles.jsonObject(lines[i], file, i + 1, EXPECTATION);
            String id = text(line.get("id"));
            String lineGroup = group(line, id);
            if (document == null || lineGroup == null || !lineGroup.equals(group)) {
                if (document != null) {
                    articles.add(document.article(source, TokenDocument.metadata(documentId)));
                }
                document = new TokenDocument(labels);
                group = lineGroup;
                documentId = lineGroup != null ? lineGroup : id != null ? id : SourceFiles.idOf(file) + "-" + (i + 1);
                source = name + ":" + (i + 1);
            }
            JsonNode tokens = array(line, "tokens", where);
            JsonNode tags = array(line, "ner_tags", where);
            if (tokens.size() != tags.size()) {
                throw new ImportException(where + ": " + tokens.size() + " tokens but " + tags.size()
                        + " ner_tags; give each token its tag");
            }
            for (int t = 0; t < tokens.size(); t++) {
                if (!tokens.get(t).isTextual()) {
                    throw new ImportException(where + ": token " + t + " is " + tokens.get(t) + ", not a string; "
                            + EXPECTATION);
                }
                document.token(tokens.get(t).textValue(), names.tag(tags.get(t), where + ": ner_tags[" + t + "]"),
                        true, where);
            }
            document.endSentence();
        }
        if (document != null && !document.isEmpty()) {
            articles.add(document.article(source, TokenDocument.metadata(documentId)));
        }
        labels.check();
        if (articles.isEmpty()) {
            throw new ImportException(file + ": no tokens; " + EXPECTATION);
        }
        return articles;
    }

    private static String group(JsonNode line, String id) {
        for (String key : new String[]{"document_id", "doc_id"}) {
            String value = text(line.get(key));
            if (value != null) {
                return value;
            }
        }
        Matcher attest = id == null ? null : ATTEST_ID.matcher(id);
        return attest != null && attest.matches() ? attest.group(1) : null;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static JsonNode array(JsonNode line, String key, String where) throws ImportException {
        JsonNode value = line.get(key);
        if (value == null || !value.isArray()) {
            throw new ImportException(where + ": no \"" + key + "\" array; " + EXPECTATION);
        }
        return value;
    }
}
