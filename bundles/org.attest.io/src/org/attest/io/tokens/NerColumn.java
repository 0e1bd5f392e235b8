package org.attest.io.tokens;

import java.nio.file.Path;

import org.attest.io.ImportException;

/**
 * Where a CoNLL file holds each token's entity tag: a column counted from 1, the last column of CoNLL-2003 or a key of
 * CoNLL-U's MISC column ({@code NER} unless another is given); an empty MISC entry or {@code _} reads as {@code O}.
 */
final class NerColumn {

    private static final int CONLLU_MISC = 9;
    private static final int CONLLU_COLUMNS = 10;
    private static final String OUTSIDE = "O";

    // the column, counted from 0; -1 for CoNLL-2003's last column or CoNLL-U's MISC key
    private final int column;
    private final String miscKey;

    private NerColumn(int column, String miscKey) {
        this.column = column;
        this.miscKey = miscKey;
    }

    /**
     * Returns the column {@code spec} names in a CoNLL-2003 file {@code file}: a number from 1, or the last column for
     * {@code null}.
     */
    static NerColumn conll2003(String spec, Path file) throws ImportException {
        if (spec == null) {
            return new NerColumn(-1, null);
        }
        int number = number(spec);
        if (number < 1) {
            throw new ImportException(file + ": the NER column \"" + spec
                    + "\" is not a column number; CoNLL-2003 columns are counted from 1 (TOKEN POS CHUNK NER: 4)");
        }
        return new NerColumn(number - 1, null);
    }

    /**
     * Returns the column {@code spec} names in a CoNLL-U file {@code file}: a number from 1 to 10, a key of the MISC
     * column, or MISC's {@code NER} for {@code null}.
     */
    static NerColumn conllu(String spec, Path file) throws ImportException {
        if (spec == null) {
            return new NerColumn(-1, "NER");
        }
        int number = number(spec);
        if (number > CONLLU_COLUMNS || number == 0 || number == 1 || spec.contains("=") || spec.contains("|")) {
            throw new ImportException(file + ": the NER column \"" + spec + "\" is neither a column from 2 to "
                    + CONLLU_COLUMNS + " nor a key of the MISC column such as NER or Entity");
        }
        return number < 0 ? new NerColumn(-1, spec) : new NerColumn(number - 1, null);
    }

    /** Returns the tag in {@code cells}, a token line read at {@code where}. */
    String tag(String[] cells, String where) throws ImportException {
        if (miscKey != null) {
            return misc(cells[CONLLU_MISC]);
        }
        if (column < 0) {
            return cells[cells.length - 1];
        }
        if (column >= cells.length) {
            throw new ImportException(where + ": " + cells.length + " columns where the NER column is column "
                    + (column + 1) + "; give the number of the column that holds the tags");
        }
        String tag = cells[column];
        return tag.isEmpty() || "_".equals(tag) ? OUTSIDE : tag;
    }

    private String misc(String misc) {
        String prefix = miscKey + "=";
        for (String entry : misc.split("\\|")) {
            if (entry.startsWith(prefix)) {
                String tag = entry.substring(prefix.length());
                return tag.isEmpty() ? OUTSIDE : tag;
            }
        }
        return OUTSIDE;
    }

    // the number spec is, or -1 when it is not a number
    private static int number(String spec) {
        if (!spec.matches("\\d{1,6}")) {
            return -1;
        }
        return Integer.parseInt(spec);
    }
}
