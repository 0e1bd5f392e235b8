package org.attest.agreement.table;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.Level;
import org.attest.agreement.ReliabilityData;
import org.attest.agreement.measures.cohenkappa.CohenKappa;
import org.attest.agreement.measures.fleisskappa.FleissKappa;
import org.attest.agreement.measures.krippendorff.KrippendorffAlpha;

/** Computes a measure chosen by name over a reliability table and formats the result as text, CSV or JSON. */
public final class TableAgreement {

    /** The output formats of {@code attest agreement --format}. */
    public enum Format {

        /** Aligned name-value lines for people. */
        TABLE,
        /** A header row and one data row. */
        CSV,
        /** One JSON object; undefined numbers are {@code null}. */
        JSON;

        /** Returns the format named {@code name} (case-insensitive), or fails with the accepted names. */
        public static Format parse(String name) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return format;
                }
            }
            throw new IllegalArgumentException("unknown format '" + name + "'; use one of table, csv, json");
        }
    }

    /** The measure names {@link #compute} accepts, as one text for help written at compile time. */
    public static final String MEASURE_NAMES = "alpha, fleiss, cohen";

    /** The measure names {@link #compute} accepts. */
    public static final List<String> MEASURES = List.of(MEASURE_NAMES.split(", "));

    private static final List<String> FIELDS = List.of("measure", "value", "observed", "expected", "coders", "units",
            "units_used", "pairable_values", "note");

    private TableAgreement() {
    }

    /** Computes {@code alpha}, {@code fleiss} or {@code cohen} (exactly two coders) over {@code data}. */
    public static AgreementResult compute(String measure, ReliabilityData data, Level level) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(level, "level");
        String name = measure == null ? "" : measure.strip().toLowerCase(Locale.ROOT);
        if (!name.equals("alpha") && level != Level.NOMINAL && MEASURES.contains(name)) {
            throw new IllegalArgumentException(
                    name + " is a measure for nominal data, but the level is " + level.label()
                            + "; choose the measure alpha for " + level.label() + " data, or the nominal level");
        }
        return switch (name) {
            case "alpha" -> KrippendorffAlpha.compute(data, level);
            case "fleiss" -> FleissKappa.compute(data);
            case "cohen" -> {
                if (data.coderCount() != 2) {
                    throw new IllegalArgumentException("Cohen's kappa compares exactly two coders, but the table has "
                            + data.coderCount() + " " + data.coders()
                            + "; choose the measure fleiss or alpha for more coders");
                }
                yield CohenKappa.computeValue(data, 0, 1);
            }
            default -> throw new IllegalArgumentException(
                    "unknown measure '" + measure + "'; use one of " + String.join(", ", MEASURES));
        };
    }

    /** Formats {@code result} in the given format; the text ends with a line break. */
    public static String format(AgreementResult result, Format format) {
        Objects.requireNonNull(result, "result");
        return switch (Objects.requireNonNull(format, "format")) {
            case TABLE -> table(result);
            case CSV -> csv(result);
            case JSON -> json(result);
        };
    }

    private static String table(AgreementResult r) {
        StringBuilder out = new StringBuilder();
        line(out, "measure", r.measure());
        line(out, "value", r.isDefined() ? String.format(Locale.ROOT, "%.4f", r.value()) : "undefined");
        line(out, "observed", decimal(r.observed(), "-"));
        line(out, "expected", decimal(r.expected(), "-"));
        line(out, "coders", Integer.toString(r.coders()));
        line(out, "units", Integer.toString(r.units()));
        line(out, "units used", Integer.toString(r.unitsUsed()));
        line(out, "pairable values", Integer.toString(r.pairableValues()));
        if (!r.note().isEmpty()) {
            line(out, "note", r.note());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(String.format(Locale.ROOT, "%-16s %s%n", name, value));
    }

    private static String csv(AgreementResult r) {
        List<String> cells = List.of(r.measure(), full(r.value(), ""), full(r.observed(), ""), full(r.expected(), ""),
                Integer.toString(r.coders()), Integer.toString(r.units()), Integer.toString(r.unitsUsed()),
                Integer.toString(r.pairableValues()), r.note());
        return String.join(",", FIELDS) + "\r\n"
                + String.join(",", cells.stream().map(TableAgreement::csvCell).toList()) + "\r\n";
    }

    private static String csvCell(String cell) {
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static String json(AgreementResult r) {
        return "{\"measure\":" + jsonString(r.measure()) + ",\"value\":" + full(r.value(), "null") + ",\"observed\":"
                + full(r.observed(), "null") + ",\"expected\":" + full(r.expected(), "null") + ",\"coders\":"
                + r.coders()
                + ",\"units\":" + r.units() + ",\"units_used\":" + r.unitsUsed() + ",\"pairable_values\":"
                + r.pairableValues()
                + ",\"note\":" + jsonString(r.note()) + "}\n";
    }

    /** Escapes {@code text} as a JSON string literal (RFC 8259), quotes included. */
    static String jsonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    // Machine formats carry the full double (shortest round-tripping form) so results can be reproduced exactly.
    private static String full(double value, String undefined) {
        return Double.isFinite(value) ? Double.toString(value) : undefined;
    }

    private static String decimal(double value, String undefined) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : undefined;
    }
}
