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
 * Reads CoNLL-U: word lines of ten tab-separated columns, a blank line after each sentence, {@code # newdoc} (with
 * {@code id = ...}) starting a document (a file without it is one document), other comments such as {@code # sent_id}
 * and {@code # text} passed over because the text is rebuilt from the tokens: a space after each token unless its MISC
 * says {@code SpaceAfter=No}, a line break between sentences. A multi-word token ({@code 1-2}) is one token, its
 * surface
 * form; its words and empty nodes ({@code 1.1}) are no tokens. The entity tag is MISC's {@code NER=}, or the column or
 * MISC key the options name (on a multi-word token its own, else its first word's that has one); a token without it
 * is outside every entity.
 */
public final class ConlluArticleReader implements ArticleReader {

    /** The format's name for {@code --format}. */
    public static final String FORMAT = "conllu";

    private static final int COLUMNS = 10;
    private static final int FORM = 1;
    private static final int MISC = 9;

    private final Schema schema;

    /** Creates a reader that puts the entity tags on the Entity layer of {@code schema}. */
    public ConlluArticleReader(Schema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** Returns the documents of {@code file} in file order; any malformed line refuses the whole file. */
    @Override
    public List<Article> read(Path file, ImportOptions options) throws ImportException {
        String content = SourceFiles.text(file, options, "for the import; CoNLL-U files are UTF-8");
        EntityLabels labels = new EntityLabels(schema, file, options);
        NerColumn ner = NerColumn.conllu(options.nerColumn(), file);
        String[] lines = content.split("\r?\n", -1);
        String fileId = SourceFiles.idOf(file);
        String name = file.getFileName().toString();
        List<Pending> pending = new ArrayList<>();
        TokenDocument document = new TokenDocument(labels);
        String documentId = null;
        int firstLine = 0;
        int rangeEnd = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = file + ":" + (i + 1);
            if (line.isBlank()) {
                document.endSentence();
                rangeEnd = 0;
                continue;
            }
            if (line.startsWith("#")) {
                String comment = line.substring(1).strip();
                if (comment.startsWith("newdoc")) {
                    add(pending, document, name + ":" + firstLine, documentId);
                    document = new TokenDocument(labels);
                    int equals = comment.indexOf('=');
                    documentId = equals < 0 ? null : comment.substring(equals + 1).strip();
                }
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != COLUMNS) {
                throw new ImportException(where + ": " + cells.length + " tab-separated columns where a CoNLL-U word"
                        + " line has 10 (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC); fix that line");
            }
            String id = cells[0];
            if (id.contains(".")) {
                continue;
            }
            int dash = id.indexOf('-');
            int last = number(dash < 0 ? id : id.substring(dash + 1), where);
            if (dash < 0 && last <= rangeEnd) {
                // a word of the multi-word token read above
                continue;
            }
            if (document.isEmpty()) {
                firstLine = i + 1;
            }
            String tag = dash < 0 ? ner.tag(cells, where) : rangeTag(ner, cells, lines, i, last, where);
            document.token(cells[FORM], tag, !cells[MISC].contains("SpaceAfter=No"), where);
            rangeEnd = dash < 0 ? 0 : last;
        }
        add(pending, document, name + ":" + firstLine, documentId);
        labels.check();
        if (pending.isEmpty()) {
            throw new ImportException(file + ": no word lines; a CoNLL-U file has one word a line in ten"
                    + " tab-separated columns");
        }
        List<Article> articles = new ArrayList<>();
        for (Pending p : pending) {
            String assigned = p.id() != null && !p.id().isEmpty()
                    ? p.id()
                    : pending.size() == 1 ? fileId : fileId + "-" + (articles.size() + 1);
            articles.add(p.document().article(p.source(), TokenDocument.metadata(assigned)));
        }
        return articles;
    }

    private record Pending(TokenDocument document, String source, String id) {
    }

    private static void add(List<Pending> pending, TokenDocument document, String source, String id) {
        if (!document.isEmpty()) {
            pending.add(new Pending(document, source, id));
        }
    }

    // the tag of a multi-word token: its own NER, else that of the first of its words that has one
    private static String rangeTag(NerColumn ner, String[] range, String[] lines, int at, int last, String where)
            throws ImportException {
        String own = ner.tag(range, where);
        for (int j = at + 1; "O".equals(own) && j < lines.length && !lines[j].isBlank(); j++) {
            String[] cells = lines[j].split("\t", -1);
            if (cells.length != COLUMNS || !cells[0].matches("\\d+") || Integer.parseInt(cells[0]) > last) {
                break;
            }
            own = ner.tag(cells, where);
        }
        return own;
    }

    private static int number(String id, String where) throws ImportException {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw new ImportException(where + ": the ID \"" + id + "\" is not a word number such as 3, a range such"
                    + " as 3-4 or an empty node such as 3.1; fix that line");
        }
    }
}
