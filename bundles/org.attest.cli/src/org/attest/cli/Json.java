package org.attest.cli;

import java.util.List;
import java.util.Map;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.measures.spanf1.SpanF1Result;

/** A small streaming JSON writer that places commas itself; undefined numbers become {@code null}. */
final class Json {

    private final StringBuilder out = new StringBuilder();
    private boolean first = true;

    Json open(char bracket) {
        comma();
        out.append(bracket);
        first = true;
        return this;
    }

    Json close(char bracket) {
        out.append(bracket);
        first = false;
        return this;
    }

    Json field(String name) {
        comma();
        out.append(quote(name)).append(':');
        first = true;
        return this;
    }

    Json item() {
        return this;
    }

    Json string(String value) {
        comma();
        out.append(value == null ? "null" : quote(value));
        first = false;
        return this;
    }

    Json raw(Object value) {
        comma();
        out.append(value);
        first = false;
        return this;
    }

    Json number(double value) {
        return raw(AgreementReportWriter.full(value));
    }

    Json strings(List<String> values) {
        open('[');
        values.forEach(this::string);
        return close(']');
    }

    Json result(AgreementResult r) {
        return open('{').field("measure").string(r.measure()).field("value").number(r.value()).field("units")
                .raw(r.units())
                .field("unitsUsed").raw(r.unitsUsed()).field("note").string(r.note()).close('}');
    }

    Json results(Map<String, AgreementResult> results) {
        open('{');
        results.forEach((key, r) -> field(key).result(r));
        return close('}');
    }

    Json f1(String name, SpanF1Result r) {
        if (r == null) {
            return this;
        }
        return field(name).open('{').field("precision").number(r.precision()).field("recall").number(r.recall())
                .field("f1")
                .number(r.f1()).field("truePositives").raw(r.truePositives()).field("falsePositives")
                .raw(r.falsePositives())
                .field("falseNegatives").raw(r.falseNegatives()).close('}');
    }

    /** Returns the text written since the last drain and forgets it, so a long text can be written out in parts. */
    String drain() {
        String text = out.toString();
        out.setLength(0);
        return text;
    }

    private void comma() {
        if (!first) {
            out.append(',');
        }
        first = false;
    }

    private static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
