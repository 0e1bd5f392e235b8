package org.attest.io.tokens;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.attest.io.Article;
import org.attest.io.ArticleReader;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.io.SourceFiles;
import org.attest.model.Schema;

/**
 * Reads CoNLL-2003: one token a line in whitespace-separated columns ({@code TOKEN POS CHUNK NER}, or any number of at
 * least two with the token first and the NER tag last or in the column the options name, the same in every line), a
 * blank line after each sentence,
 * {@code -DOCSTART-} lines between documents (a file without them is one document); the text is rebuilt as the tokens
 * of a sentence joined by one space and the sentences by line breaks, so that the tokens come back identical.
 */
public final class Conll2003ArticleReader implements ArticleReader {

    /** The format's name for {@code --format}. */
    public static final String FORMAT = "conll2003";

    private static final String DOCSTART = "-DOCSTART-";

    private final Schema schema;

    /** Creates a reader that puts the entity tags on the Entity layer of {@code schema}. */
    public Conll2003ArticleReader(Schema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** Returns the documents of {@code file} in file order; any malformed line refuses the whole file. */
    @Override
    public List<Article> read(Path file, ImportOptions options) throws ImportException {
        String content = SourceFiles.text(file, options, "for the import; CoNLL files should be UTF-8");
        EntityLabels labels = new EntityLabels(schema, file, options);
        NerColumn ner = NerColumn.conll2003(options.nerColumn(), file);
        List<TokenDocument> documents = new ArrayList<>();
        List<Integer> firstLines = new ArrayList<>();
        TokenDocument document = new TokenDocument(labels);
        String[] lines = content.split("\r?\n", -1);
        int columns = 0;
        int columnsLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = file + ":" + (i + 1);
            if (line.isBlank()) {
                document.endSentence();
                continue;
            }
            String[] cells = line.strip().split("\\s+");
            if (DOCSTART.equals(cells[0])) {
                document = next(documents, document, labels);
                continue;
            }
            if (cells.length < 2) {
                throw new ImportException(where + ": one column where a token line has at least the token and its"
                        + " NER tag (TOKEN POS CHUNK NER); fix that line");
            }
            if (columns == 0) {
                columns = cells.length;
                columnsLine = i + 1;
            } else if (cells.length != columns) {
                throw new ImportException(where + ": " + cells.length + " columns where line " + columnsLine + " has "
                        + columns + "; every token line has the same columns (TOKEN POS CHUNK NER), fix that line");
            }
            if (document.isEmpty() && firstLines.size() == documents.size()) {
                firstLines.add(i + 1);
            }
            document.token(cells[0], ner.tag(cells, where), true, where);
        }
        next(documents, document, labels);
        labels.check();
        if (documents.isEmpty()) {
            throw new ImportException(file + ": no token lines; a CoNLL-2003 file has one token a line, such as"
                    + " \"Zürich NNP B-NP B-LOC\"");
        }
        String id = SourceFiles.idOf(file);
        String name = file.getFileName().toString();
        List<Article> articles = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            String documentId = documents.size() == 1 ? id : id + "-" + (d + 1);
            articles.add(documents.get(d).article(name + ":" + firstLines.get(d), TokenDocument.metadata(documentId)));
        }
        return articles;
    }

    private static TokenDocument next(List<TokenDocument> documents, TokenDocument document, EntityLabels labels) {
        if (document.isEmpty()) {
            return document;
        }
        document.endSentence();
        documents.add(document);
        return new TokenDocument(labels);
    }
}
