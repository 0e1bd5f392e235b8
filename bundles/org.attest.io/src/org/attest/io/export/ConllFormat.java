package org.attest.io.export;

/**
 * CoNLL-2003 in its four columns (token, POS, chunk, NER tag; {@code _} where Attest has no value), Entity labels as
 * IOB2 or BIOES tags, {@code -DOCSTART- -X- -X- O} and a blank line before each document, a blank line after each
 * sentence.
 */
public final class ConllFormat implements LineFormat {

    /** The format name for IOB2 tags. */
    public static final String IOB2 = "conll";

    /** The format name for BIOES tags. */
    public static final String BIOES = "conll-bioes";

    // each thread encodes into a buffer of its own, reused from document to document
    private static final ThreadLocal<Utf8Builder> BUFFER = ThreadLocal.withInitial(Utf8Builder::new);

    private final boolean bioes;
    private final TokenTagger tagger;

    /** Creates the format with IOB2 tags, or BIOES tags when {@code bioes} is set, and the schema's label names. */
    public ConllFormat(boolean bioes) {
        this(bioes, LabelNames.SCHEMA);
    }

    /** Creates the format with IOB2 or BIOES tags whose labels are written by their names in {@code names}. */
    public ConllFormat(boolean bioes, LabelNames names) {
        this.bioes = bioes;
        this.tagger = new TokenTagger(bioes, names);
    }

    @Override
    public String name() {
        return bioes ? BIOES : IOB2;
    }

    /** Returns {@code baseName.conll}. */
    @Override
    public String fileName(String baseName) {
        return baseName + ".conll";
    }

    /** Returns the document's block: {@code -DOCSTART-}, then each sentence's token lines and a blank line. */
    @Override
    public byte[] render(ExportDocument doc, ExportReport report) {
        Utf8Builder lines = BUFFER.get();
        lines.append("-DOCSTART- -X- -X- O\n\n");
        char[] text = doc.text().toCharArray();
        TokenTagger.Tags tags = tagger.tags(doc, name(), report);
        for (int s = 0; s < tags.sentenceFirst().length; s++) {
            for (int t = tags.sentenceFirst()[s]; t < tags.sentenceEnd()[s]; t++) {
                appendColumn(lines, text, tags.begins()[t], tags.ends()[t]);
                lines.append(" _ _ ").append(tags.tags()[t]).ascii('\n');
            }
            lines.ascii('\n');
        }
        return lines.take();
    }

    /**
     * Appends the token as one column: any space inside it (never made by Attest's tokenizer), no-break spaces included
     * as the readers' whitespace splitting counts them, becomes {@code _}.
     */
    private static void appendColumn(Utf8Builder out, char[] text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (isSpace(text[i])) {
                char[] column = java.util.Arrays.copyOfRange(text, begin, end);
                for (int j = 0; j < column.length; j++) {
                    column[j] = isSpace(column[j]) ? '_' : column[j];
                }
                out.append(column, 0, column.length);
                return;
            }
        }
        out.append(text, begin, end);
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < '\u007f') {
            // printable ASCII, almost every character of a token
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
