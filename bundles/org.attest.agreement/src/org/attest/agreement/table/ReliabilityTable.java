package org.attest.agreement.table;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.attest.agreement.Level;
import org.attest.agreement.ReliabilityData;

/**
 * Reads reliability data made elsewhere from the CSV table of {@code attest agreement --table}.
 *
 * <p>The first row names the units, after a first cell that labels the coder column (for example
 * {@code coder,u1,u2,u3}); every further row is one coder: the coder's name, then one value per
 * unit. An empty cell is a missing value. Cells follow RFC 4180 (commas, double quotes around cells
 * that hold commas, quotes or line breaks, {@code ""} for a quote); spaces around an unquoted cell
 * are ignored, a quoted cell is taken as written. Blank lines and a leading UTF-8 byte order mark are
 * ignored. Every error names the file, the line and the column (the cell's position, from 1).
 */
public final class ReliabilityTable {

    // heap taken per byte of table in the worst case, one-character cells: the text, a cell object and a value each
    private static final long HEAP_PER_BYTE = 40;

    private ReliabilityTable() {
    }

    /** Reads {@code file}, which must be UTF-8, checking its values for the given level of measurement. */
    public static ReliabilityData read(Path file, Level level) throws IOException {
        Objects.requireNonNull(file, "file");
        long size = Files.size(file);
        long budget = Runtime.getRuntime().maxMemory() / HEAP_PER_BYTE;
        if (size > budget) {
            // checked before reading: every cell becomes an object, so a table takes many times its size in memory
            throw new IllegalArgumentException(
                    file + ": the table has " + size / (1024 * 1024) + " MB; reading it needs about "
                            + HEAP_PER_BYTE + " times that in memory, more than the "
                            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                            + " MB this run may use; split the table by units, or run Attest with more memory");
        }
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text; save the table as CSV UTF-8");
        }
        return parse(text, file.toString(), level);
    }

    /** Parses table text; {@code source} names it in error messages (usually the file name). */
    public static ReliabilityData parse(String text, String source, Level level) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(level, "level");
        List<List<Cell>> rows = new CsvCells(text.startsWith("\uFEFF") ? text.substring(1) : text, source).rows();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(
                    source + ": the table is empty; the first row must name the units, e.g. coder,u1,u2");
        }
        List<Cell> header = rows.get(0);
        if (header.size() < 2) {
            throw error(source, header.get(0),
                    "the header names no unit; write a label for the coder column, then one unit name per column");
        }
        List<String> units = new ArrayList<>();
        Map<String, Cell> unitCells = new HashMap<>();
        for (Cell cell : header.subList(1, header.size())) {
            if (cell.text().isBlank()) {
                throw error(source, cell, "the unit name is " + emptyOrBlank(cell) + "; name every unit in the header");
            }
            Cell first = unitCells.putIfAbsent(cell.text(), cell);
            if (first != null) {
                throw error(source, cell, "unit '" + cell.text() + "' is named twice (also column " + first.column()
                        + "); unit names must be unique");
            }
            units.add(cell.text());
        }
        List<String> coders = new ArrayList<>();
        Map<String, Cell> coderCells = new HashMap<>();
        String[][] values = new String[units.size()][rows.size() - 1];
        for (int r = 1; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            Cell name = row.get(0);
            if (row.size() != header.size()) {
                Cell at = row.size() > header.size() ? row.get(header.size()) : row.get(row.size() - 1);
                throw error(source, at, "this row has " + row.size() + " cells but the header has " + header.size()
                        + "; give the coder's name and one cell per unit (leave a cell empty for a missing value)");
            }
            if (name.text().isBlank()) {
                throw error(source, name,
                        "the coder name is " + emptyOrBlank(name) + "; start every row with the coder's name");
            }
            Cell first = coderCells.putIfAbsent(name.text(), name);
            if (first != null) {
                throw error(source, name, "coder '" + name.text() + "' appears twice (also on line " + first.line()
                        + "); give each coder one row");
            }
            coders.add(name.text());
            for (int u = 0; u < units.size(); u++) {
                Cell cell = row.get(u + 1);
                String value = cell.text().isEmpty() ? null : cell.text();
                if (value != null && value.isBlank()) {
                    throw error(source, cell,
                            "unit '" + units.get(u) + "', coder '" + name.text() + "': the quoted value holds "
                                    + "only whitespace; leave the cell empty for a missing value, or write the value");
                }
                if (value != null && level != Level.NOMINAL) {
                    checkNumber(source, cell, value, level, units.get(u), name.text());
                }
                values[u][r - 1] = value;
            }
        }
        if (coders.isEmpty()) {
            throw new IllegalArgumentException(
                    source + ": the table has a header but no coder rows; add one row per coder");
        }
        return new ReliabilityData(coders, units, values);
    }

    private static void checkNumber(String source, Cell cell, String value, Level level, String unit, String coder) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            number = Double.NaN;
        }
        String where = "unit '" + unit + "', coder '" + coder + "': ";
        if (!Double.isFinite(number)) {
            throw error(source, cell, where + "'" + value + "' is not a number; " + level.label()
                    + " data need numbers such as 3 or 2.5 (category labels are nominal data)");
        }
        if (level == Level.RATIO && number < 0) {
            throw error(source, cell,
                    where + value + " is negative; ratio data start at zero (interval data need not)");
        }
    }

    // Only a quoted cell can be blank without being empty: unquoted cells are stripped.
    private static String emptyOrBlank(Cell cell) {
        return cell.text().isEmpty() ? "empty" : "only whitespace";
    }

    private static IllegalArgumentException error(String source, Cell cell, String message) {
        return new IllegalArgumentException(
                source + ", line " + cell.line() + ", column " + cell.column() + ": " + message);
    }
}
