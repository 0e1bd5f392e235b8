package org.attest.agreement.table;

import java.util.ArrayList;
import java.util.List;

/** Splits RFC 4180 text into rows of cells, remembering where each cell starts. */
final class CsvCells {

    private final String text;
    private final String source;
    private int position;
    private int line = 1;

    CsvCells(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /** Returns the rows, without blank lines. */
    List<List<Cell>> rows() {
        List<List<Cell>> rows = new ArrayList<>();
        while (position < text.length()) {
            List<Cell> row = row();
            boolean blank = row.size() == 1 && row.get(0).text().isEmpty();
            if (!blank) {
                rows.add(row);
            }
        }
        return rows;
    }

    private List<Cell> row() {
        List<Cell> row = new ArrayList<>();
        while (true) {
            row.add(cell(row.size() + 1));
            if (position >= text.length()) {
                return row;
            }
            char next = text.charAt(position);
            if (next == ',') {
                position++;
            } else {
                skipLineBreak();
                return row;
            }
        }
    }

    private Cell cell(int column) {
        int startLine = line;
        if (position < text.length() && text.charAt(position) == '"') {
            return quoted(column, startLine);
        }
        int start = position;
        while (position < text.length() && !isSeparator(text.charAt(position))) {
            if (text.charAt(position) == '"') {
                throw new IllegalArgumentException(source + ", line " + line + ", column " + column
                        + ": a quote inside an unquoted cell; put the whole cell in quotes and double the quote (\"\")");
            }
            position++;
        }
        return new Cell(text.substring(start, position).strip(), startLine, column);
    }

    private Cell quoted(int column, int startLine) {
        StringBuilder value = new StringBuilder();
        position++;
        while (true) {
            if (position >= text.length()) {
                throw new IllegalArgumentException(source + ", line " + startLine + ", column " + column
                        + ": the quote opened here is never closed; close it with \"");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                if (position < text.length() && text.charAt(position) == '"') {
                    value.append('"');
                    position++;
                } else {
                    break;
                }
            } else {
                if (c == '\n' || (c == '\r' && !(position < text.length() && text.charAt(position) == '\n'))) {
                    line++;
                }
                value.append(c);
            }
        }
        // Spaces may follow a closing quote before the separator; anything else is a malformed cell.
        while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
            position++;
        }
        if (position < text.length() && !isSeparator(text.charAt(position))) {
            throw new IllegalArgumentException(source + ", line " + line + ", column " + column
                    + ": text after the closing quote; put the whole cell in quotes and double any quote inside (\"\")");
        }
        return new Cell(value.toString(), startLine, column);
    }

    private void skipLineBreak() {
        if (text.charAt(position) == '\r') {
            position++;
        }
        if (position < text.length() && text.charAt(position) == '\n') {
            position++;
        }
        line++;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }
}
