package org.attest.agreement.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attest.agreement.Span;
import org.attest.agreement.measures.spanf1.Match;
import org.attest.agreement.measures.spanf1.SpanF1;
import org.attest.agreement.measures.spanf1.SpanF1Result;
import org.attest.agreement.measures.unitizing.DocumentUnits;
import org.attest.agreement.measures.unitizing.UnitizingAlpha;
import org.attest.agreement.measures.unitizing.UnitizingResult;
import org.attest.diff.Configuration;
import org.attest.diff.DiffResult;
import org.attest.diff.Position;

/** Collects one layer's units, pair counts and document figures document by document, so the work stays linear. */
final class LayerAccumulator {

    /** The value of an annotator who did not annotate a unit, when "no annotation" is a category. */
    static final String NO_ANNOTATION = "(no annotation)";

    /** One unit of the categorical measures: a diff position and each counted annotator's value there. */
    record Unit(String name, List<String> annotators, String[] values) {
    }

    /** Two annotators, first before second in name order. */
    record Pair(String first, String second) {
    }

    private final String layer;
    private final boolean relation;
    private final NoAnnotation noAnnotation;
    private final boolean overlapWanted;
    private final boolean unitizingWanted;
    private final List<Unit> units = new ArrayList<>();
    private final TreeSet<String> labels = new TreeSet<>();
    // pair -> label -> {tp, fp, fn}, the first annotator of the pair being the reference
    private final Map<Pair, SortedMap<String, int[]>> exact = pairMap();
    private final Map<Pair, SortedMap<String, int[]>> overlap = pairMap();
    private final List<DocumentUnits> documentUnits = new ArrayList<>();
    private final List<UnitizingResult> documentUnitizing = new ArrayList<>();
    private final List<DocumentAgreement> documents = new ArrayList<>();

    /**
     * Creates the accumulator of one layer; overlap F1 and unitizing, the costly span measures, are computed only when
     * wanted. Without unitizing, a document's figure is its mean pairwise exact F1.
     */
    LayerAccumulator(String layer, boolean relation, NoAnnotation noAnnotation, boolean overlapWanted, boolean unitizingWanted) {
        this.layer = layer;
        this.relation = relation;
        this.noAnnotation = noAnnotation;
        this.overlapWanted = overlapWanted;
        this.unitizingWanted = unitizingWanted;
    }

    String layer() {
        return layer;
    }

    boolean relation() {
        return relation;
    }

    List<Unit> units() {
        return units;
    }

    TreeSet<String> labels() {
        return labels;
    }

    Map<Pair, SortedMap<String, int[]>> exact() {
        return exact;
    }

    Map<Pair, SortedMap<String, int[]>> overlap() {
        return overlap;
    }

    List<DocumentUnits> documentUnits() {
        return documentUnits;
    }

    /** Returns each document's unitizing alpha, in the order of {@link #documentUnits()}. */
    List<UnitizingResult> documentUnitizing() {
        return documentUnitizing;
    }

    List<DocumentAgreement> documents() {
        return documents;
    }

    /**
     * One document's figures on this layer: its units, labels, pair counts, unitizing units and document agreement,
     * computed apart from the other documents (on any thread) and then added in corpus order.
     */
    record Part(List<Unit> units, Set<String> labels, Map<Pair, SortedMap<String, int[]>> exact,
            Map<Pair, SortedMap<String, int[]>> overlap, DocumentUnits documentUnits, UnitizingResult unitizing,
            DocumentAgreement document) {
    }

    /** Adds the diff of this layer in one document whose counted annotators are {@code annotators} (sorted). */
    void add(String document, int length, List<String> annotators, DiffResult diff) {
        add(analyse(document, length, annotators, diff));
    }

    /** Adds one document's figures; documents must be added in corpus order for the report to be the same every time. */
    void add(Part part) {
        units.addAll(part.units());
        labels.addAll(part.labels());
        merge(exact, part.exact());
        if (part.overlap() != null) {
            merge(overlap, part.overlap());
        }
        if (part.documentUnits() != null) {
            documentUnits.add(part.documentUnits());
            documentUnitizing.add(part.unitizing());
        }
        documents.add(part.document());
    }

    private static void merge(Map<Pair, SortedMap<String, int[]>> into, Map<Pair, SortedMap<String, int[]>> from) {
        from.forEach((pair, byLabel) -> {
            SortedMap<String, int[]> target = into.computeIfAbsent(pair, p -> new TreeMap<>());
            byLabel.forEach((label, counts) -> {
                int[] sum = target.computeIfAbsent(label, l -> new int[3]);
                for (int k = 0; k < 3; k++) {
                    sum[k] += counts[k];
                }
            });
        });
    }

    /**
     * Computes the figures of the diff of this layer in one document whose counted annotators are {@code annotators}
     * (sorted), reading nothing but its arguments and this layer's settings, so documents may be analysed in parallel.
     */
    Part analyse(String document, int length, List<String> annotators, DiffResult diff) {
        int n = annotators.size();
        List<Unit> docUnits = new ArrayList<>(diff.positions().size());
        Set<String> docLabels = new TreeSet<>();
        Map<Pair, SortedMap<String, int[]>> docExact = pairMap();
        List<List<Span>> spans = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            spans.add(new ArrayList<>());
        }
        // pair index i*n+j -> {tp, fp, fn} in this document, for the document's mean F1
        int[][] documentCounts = new int[n * n][3];
        for (Position position : diff.positions()) {
            List<Set<String>> held = labelsAt(diff, position, annotators);
            String[] values = new String[n];
            for (int i = 0; i < n; i++) {
                Set<String> mine = held.get(i);
                if (mine.isEmpty()) {
                    values[i] = noAnnotation == NoAnnotation.CATEGORY ? NO_ANNOTATION : null;
                } else {
                    values[i] = mine.iterator().next();
                    docLabels.addAll(mine);
                    for (String label : mine) {
                        spans.get(i).add(new Span(position.begin(), position.end(), label));
                    }
                }
            }
            docUnits.add(new Unit(document + " " + position, annotators, values));
            countExact(docExact, annotators, held, documentCounts);
        }
        if (!relation) {
            Map<Pair, SortedMap<String, int[]>> docOverlap = pairMap();
            if (overlapWanted) {
                countOverlap(docOverlap, annotators, spans);
            }
            if (!unitizingWanted) {
                return new Part(docUnits, docLabels, docExact, docOverlap, null, null,
                        meanF1(document, annotators, diff, documentCounts));
            }
            DocumentUnits units = unitizingUnits(document, length, annotators, spans);
            UnitizingResult unitizing = UnitizingAlpha.compute(units);
            if (unitizing.isDefined()) {
                return new Part(docUnits, docLabels, docExact, docOverlap, units, unitizing,
                        document(document, annotators, diff, "unitizing", unitizing.alpha()));
            }
            return new Part(docUnits, docLabels, docExact, docOverlap, units, unitizing,
                    meanF1(document, annotators, diff, documentCounts));
        }
        return new Part(docUnits, docLabels, docExact, null, null, null, meanF1(document, annotators, diff, documentCounts));
    }

    private static Map<Pair, SortedMap<String, int[]>> pairMap() {
        return new TreeMap<>(Comparator.comparing(Pair::first).thenComparing(Pair::second));
    }

    private static DocumentAgreement meanF1(String document, List<String> annotators, DiffResult diff, int[][] documentCounts) {
        double sum = 0;
        int defined = 0;
        for (int[] counts : documentCounts) {
            int denominator = 2 * counts[0] + counts[1] + counts[2];
            if (denominator > 0) {
                sum += 2.0 * counts[0] / denominator;
                defined++;
            }
        }
        return defined == 0 ? document(document, annotators, diff, "none", Double.NaN)
                : document(document, annotators, diff, AgreementRequest.F1_EXACT, sum / defined);
    }

    private static List<Set<String>> labelsAt(DiffResult diff, Position position, List<String> annotators) {
        List<Set<String>> held = new ArrayList<>(annotators.size());
        for (int i = 0; i < annotators.size(); i++) {
            held.add(new TreeSet<>());
        }
        for (Configuration configuration : diff.configurations(position)) {
            for (String annotator : configuration.annotators()) {
                int i = annotators.indexOf(annotator);
                if (i >= 0) {
                    held.get(i).add(configuration.label());
                }
            }
        }
        return held;
    }

    private static void countExact(Map<Pair, SortedMap<String, int[]>> exact, List<String> annotators, List<Set<String>> held,
            int[][] documentCounts) {
        int n = annotators.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                SortedMap<String, int[]> byLabel = exact.computeIfAbsent(new Pair(annotators.get(i), annotators.get(j)),
                        p -> new TreeMap<>());
                Set<String> reference = held.get(i);
                Set<String> candidate = held.get(j);
                for (String label : reference) {
                    count(byLabel, label, candidate.contains(label) ? 0 : 2, documentCounts[i * n + j]);
                }
                for (String label : candidate) {
                    if (!reference.contains(label)) {
                        count(byLabel, label, 1, documentCounts[i * n + j]);
                    }
                }
            }
        }
    }

    // kind: 0 both have the label here, 1 only the candidate, 2 only the reference
    private static void count(SortedMap<String, int[]> byLabel, String label, int kind, int[] documentCounts) {
        byLabel.computeIfAbsent(label, l -> new int[3])[kind]++;
        documentCounts[kind]++;
    }

    private static void countOverlap(Map<Pair, SortedMap<String, int[]>> overlap, List<String> annotators, List<List<Span>> spans) {
        int n = annotators.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                SortedMap<String, int[]> byLabel = overlap.computeIfAbsent(new Pair(annotators.get(i), annotators.get(j)),
                        p -> new TreeMap<>());
                SpanF1.compareByLabel(spans.get(i), spans.get(j), Match.OVERLAP).forEach((label, result) -> {
                    int[] counts = byLabel.computeIfAbsent(label, l -> new int[3]);
                    counts[0] += result.truePositives();
                    counts[1] += result.falsePositives();
                    counts[2] += result.falseNegatives();
                });
            }
        }
    }

    private static DocumentUnits unitizingUnits(String document, int length, List<String> annotators, List<List<Span>> spans) {
        Map<String, List<Span>> byCoder = new LinkedHashMap<>();
        for (int i = 0; i < annotators.size(); i++) {
            byCoder.put(annotators.get(i), merged(spans.get(i)));
        }
        return DocumentUnits.of(document, length, byCoder);
    }

    // Unitizing cuts each coder's text into units and gaps per label, so one coder's overlapping spans of a label are
    // joined and empty spans dropped; the diff and the other measures still see them separately.
    private static List<Span> merged(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::label).thenComparingInt(Span::begin).thenComparingInt(Span::end));
        List<Span> result = new ArrayList<>(sorted.size());
        Span current = null;
        for (Span span : sorted) {
            if (span.length() == 0) {
                continue;
            }
            if (current != null && current.label().equals(span.label()) && span.begin() < current.end()) {
                current = new Span(current.begin(), Math.max(current.end(), span.end()), current.label());
            } else {
                if (current != null) {
                    result.add(current);
                }
                current = span;
            }
        }
        if (current != null) {
            result.add(current);
        }
        return result;
    }

    private static DocumentAgreement document(String document, List<String> annotators, DiffResult diff, String measure,
            double value) {
        Position first = diff.firstDisagreement().orElse(null);
        return new DocumentAgreement(document, annotators, measure, value, diff.positions().size(), diff.agreedCount(),
                first == null ? -1 : first.begin(), first == null ? -1 : first.end());
    }

    /** Returns the F1 figures of summed counts. */
    static SpanF1Result f1(Match match, int[] counts) {
        return SpanF1Result.of(match, counts[0], counts[1], counts[2]);
    }
}
