package org.attest.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.corpus.AgreementReport;
import org.attest.agreement.corpus.DocumentAgreement;
import org.attest.agreement.corpus.LabelAgreement;
import org.attest.agreement.corpus.LayerAgreement;
import org.attest.agreement.corpus.PairAgreement;
import org.attest.agreement.measures.cohenkappa.ConfusionMatrix;
import org.attest.agreement.measures.spanf1.SpanF1Result;
import org.attest.agreement.table.TableAgreement;

/** Writes a corpus agreement report as aligned tables for people, CSV rows, or one JSON object. */
final class AgreementReportWriter {

    private AgreementReportWriter() {
    }

    /** Returns {@code report} in {@code format}. */
    static String write(AgreementReport report, TableAgreement.Format format) {
        return switch (format) {
            case TABLE -> table(report);
            case CSV -> csv(report);
            case JSON -> json(report);
        };
    }

    private static String table(AgreementReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Agreement over %d document(s), %d skipped; annotators: %s%n",
                report.documentsCounted(),
                report.skipped().size(),
                report.annotators().isEmpty() ? "none" : String.join(", ", report.annotators())));
        out.append(String.format(Locale.ROOT, "Counted: %s work; \"no annotation\" is %s%n", report.includeInProgress()
                ? "finished and in-progress"
                : "finished",
                report.noAnnotation().name().equalsIgnoreCase("category")
                        ? "a category"
                        : "a missing value"));
        for (LayerAgreement layer : report.layers()) {
            out.append(
                    String.format(Locale.ROOT, "%n== %s (%d unit(s): diff positions)%n", layer.layer(), layer.units()));
            out.append(String.format(Locale.ROOT, "  %-11s %7s  %s%n", "MEASURE", "VALUE", "NOTE"));
            layer.corpus().forEach(
                    (key, r) -> out.append(String.format(Locale.ROOT, "  %-11s %7s  %s%n", key, number(r.value()),
                            r.note())));
            if (!layer.pairs().isEmpty()) {
                out.append(String.format(Locale.ROOT, "%n  %-24s %7s %9s %11s%n", "PAIR", "COHEN", "F1-EXACT",
                        "F1-OVERLAP"));
                for (PairAgreement pair : layer.pairs()) {
                    out.append(
                            String.format(Locale.ROOT, "  %-24s %7s %9s %11s%n", pair.first() + " / " + pair.second(),
                                    pair.cohen() == null ? "" : number(pair.cohen().value()), f1(pair.exact()),
                                    f1(pair.overlap())));
                }
                for (PairAgreement pair : layer.pairs()) {
                    if (pair.confusion() != null && pair.confusion().total() > 0) {
                        confusion(out, pair.confusion());
                    }
                }
            }
            if (!layer.labels().isEmpty()) {
                out.append(String.format(Locale.ROOT, "%n  %-20s %7s %10s %9s %11s%n", "LABEL", "ALPHA", "UNITIZING",
                        "F1-EXACT", "F1-OVERLAP"));
                for (LabelAgreement label : layer.labels()) {
                    Map<String, AgreementResult> r = label.results();
                    out.append(
                            String.format(Locale.ROOT, "  %-20s %7s %10s %9s %11s%n", label.label(), value(r, "alpha"),
                                    value(r, "unitizing"), value(r, "f1-exact"), value(r, "f1-overlap")));
                }
            }
            if (!layer.documents().isEmpty()) {
                out.append(String.format(Locale.ROOT,
                        "%n  Documents, lowest agreement first:%n  %-28s %-10s %7s %9s  %s%n",
                        "DOCUMENT", "MEASURE", "VALUE", "AGREED", "FIRST DISAGREEMENT"));
                for (DocumentAgreement d : layer.documents()) {
                    out.append(String.format(Locale.ROOT, "  %-28s %-10s %7s %9s  %s%n", d.document(), d.measure(),
                            number(d.value()),
                            d.agreed() + "/" + d.positions(), d.firstDisagreementBegin() < 0
                                    ? "-"
                                    : "[" + d.firstDisagreementBegin() + "," + d.firstDisagreementEnd() + ")"));
                }
            }
        }
        ClaimAgreementWriter.table(out, report.claims());
        if (!report.skipped().isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nSkipped documents:%n"));
            report.skipped()
                    .forEach(s -> out.append(String.format(Locale.ROOT, "  %-28s %s%n", s.document(), s.reason())));
            if (!report.includeInProgress()) {
                out.append(String.format(Locale.ROOT, "(--include-in-progress also counts work in progress)%n"));
            }
        }
        return out.toString();
    }

    private static void confusion(StringBuilder out, ConfusionMatrix m) {
        int width = Math.max(8, m.categories().stream().mapToInt(String::length).max().orElse(0) + 1);
        out.append(String.format(Locale.ROOT, "%n  Confusion matrix, %s (rows) x %s (columns):%n  %-" + width + "s",
                m.first(), m.second(), ""));
        m.categories().forEach(c -> out.append(String.format(Locale.ROOT, " %" + width + "s", c)));
        out.append(System.lineSeparator());
        int[][] counts = m.counts();
        for (int i = 0; i < counts.length; i++) {
            out.append(String.format(Locale.ROOT, "  %-" + width + "s", m.categories().get(i)));
            for (int count : counts[i]) {
                out.append(String.format(Locale.ROOT, " %" + width + "d", count));
            }
            out.append(System.lineSeparator());
        }
    }

    private static String csv(AgreementReport report) {
        List<String> rows = new ArrayList<>();
        rows.add("layer,scope,subject,measure,value,note");
        for (LayerAgreement layer : report.layers()) {
            String l = layer.layer();
            layer.corpus().forEach((key, r) -> rows.add(row(l, "corpus", "", key, r.value(), r.note())));
            for (PairAgreement pair : layer.pairs()) {
                String subject = pair.first() + "/" + pair.second();
                if (pair.cohen() != null) {
                    rows.add(row(l, "pair", subject, "cohen", pair.cohen().value(), pair.cohen().note()));
                }
                if (pair.exact() != null) {
                    rows.add(row(l, "pair", subject, "f1-exact", pair.exact().f1(), pair.exact().note()));
                }
                if (pair.overlap() != null) {
                    rows.add(row(l, "pair", subject, "f1-overlap", pair.overlap().f1(), pair.overlap().note()));
                }
            }
            for (LabelAgreement label : layer.labels()) {
                label.results().forEach((key, r) -> rows.add(row(l, "label", label.label(), key, r.value(), r.note())));
            }
            for (DocumentAgreement d : layer.documents()) {
                rows.add(row(l, "document", d.document(), d.measure(), d.value(), d.firstDisagreementBegin() < 0
                        ? ""
                        : "first disagreement [" + d.firstDisagreementBegin() + "," + d.firstDisagreementEnd() + ")"));
            }
        }
        ClaimAgreementWriter.csv(rows, report.claims());
        report.skipped().forEach(s -> rows.add(row("", "skipped", s.document(), "", Double.NaN, s.reason())));
        return String.join(System.lineSeparator(), rows) + System.lineSeparator();
    }

    /** Returns one CSV row of the report's columns. */
    static String row(String layer, String scope, String subject, String measure, double value, String note) {
        return String.join(",", cell(layer), scope, cell(subject), measure, Double.isNaN(value) ? "" : full(value),
                cell(note));
    }

    private static String cell(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }

    private static String json(AgreementReport report) {
        Json json = new Json();
        json.open('{').field("annotators").strings(report.annotators()).field("documentsCounted")
                .raw(report.documentsCounted())
                .field("skipped").open('[');
        report.skipped().forEach(s -> json.open('{').field("document").string(s.document()).field("reason")
                .string(s.reason()).close('}'));
        json.close(']').field("noAnnotation").string(report.noAnnotation().name().toLowerCase(Locale.ROOT))
                .field("includeInProgress").raw(report.includeInProgress()).field("layers").open('[');
        for (LayerAgreement layer : report.layers()) {
            json.open('{').field("layer").string(layer.layer()).field("relation").raw(layer.relation()).field("units")
                    .raw(layer.units());
            json.field("corpus").results(layer.corpus()).field("pairs").open('[');
            for (PairAgreement pair : layer.pairs()) {
                json.open('{').field("first").string(pair.first()).field("second").string(pair.second());
                if (pair.cohen() != null) {
                    json.field("cohen").result(pair.cohen());
                    json.field("confusion").open('{').field("categories").strings(pair.confusion().categories())
                            .field("counts").open('[');
                    for (int[] row : pair.confusion().counts()) {
                        json.open('[');
                        for (int count : row) {
                            json.item().raw(count);
                        }
                        json.close(']');
                    }
                    json.close(']').close('}');
                }
                json.f1("f1Exact", pair.exact()).f1("f1Overlap", pair.overlap()).close('}');
            }
            json.close(']').field("labels").open('[');
            layer.labels().forEach(label -> json.open('{').field("label").string(label.label()).field("results")
                    .results(label.results()).close('}'));
            json.close(']').field("documents").open('[');
            for (DocumentAgreement d : layer.documents()) {
                json.open('{').field("document").string(d.document()).field("annotators").strings(d.annotators())
                        .field("measure").string(d.measure()).field("value").number(d.value()).field("positions")
                        .raw(d.positions())
                        .field("agreed").raw(d.agreed()).field("firstDisagreementBegin").raw(d.firstDisagreementBegin())
                        .field("firstDisagreementEnd").raw(d.firstDisagreementEnd()).close('}');
            }
            json.close(']').close('}');
        }
        json.close(']');
        ClaimAgreementWriter.json(json, report.claims());
        return json.close('}').toString() + System.lineSeparator();
    }

    private static String value(Map<String, AgreementResult> results, String key) {
        AgreementResult r = results.get(key);
        return r == null ? "" : number(r.value());
    }

    private static String f1(SpanF1Result r) {
        return r == null ? "" : number(r.f1());
    }

    static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    static String full(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.6f", value);
    }
}
