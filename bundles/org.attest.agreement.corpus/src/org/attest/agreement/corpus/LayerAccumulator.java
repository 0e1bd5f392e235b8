package org.attest.agreement.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import org.attest.agreement.Span;
import org.attest.agreement.measures.spanf1.Match;
import org.attest.agreement.measures.spanf1.SpanF1Result;
import org.attest.agreement.measures.unitizing.DocumentUnits;
import org.attest.agreement.measures.unitizing.UnitizingAlpha;
import org.attest.agreement.measures.unitizing.UnitizingPool;
import org.attest.agreement.measures.unitizing.UnitizingResult;
import org.attest.diff.Configuration;
import org.attest.diff.DiffResult;
import org.attest.diff.Position;

/**
 * Collects one layer's units, pair counts and document figures document by document, so the work stays linear; the
 * units themselves are summed as they come and not kept.
 */
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
    private final TreeSet<String> labels = new TreeSet<>();
    // pair -> label -> {tp, fp, fn}, the first annotator of the pair being the reference
    private final Map<Pair, SortedMap<String, int[]>> exact = PairCounts.map();
    private final Map<Pair, SortedMap<String, int[]>> overlap = PairCounts.map();
    private final List<DocumentAgreement> documents = new ArrayList<>();
    // the categorical measures' sums over the units, so that no unit is kept: memory grows with the labels
    private final UnitSums units = new UnitSums();
    private final UnitizingPool unitizing = new UnitizingPool();

    /**
     * Creates the accumulator of one layer; overlap F1 and unitizing, the costly span measures, are computed only when
     * wanted. Without unitizing, a document's figure is its mean pairwise exact F1.
     */
    LayerAccumulator(String layer, boolean relation, NoAnnotation noAnnotation, boolean overlapWanted,
            boolean unitizingWanted) {
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

    /** Returns the sums of the categorical measures over the units added. */
    UnitSums units() {
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

    /** Returns the unitizing alpha of the documents added, pooled as they come. */
    UnitizingPool unitizing() {
        return unitizing;
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

    /**
     * Adds one document's figures; documents must be added in corpus order for the report to be the same every time.
     */
    void add(Part part) {
        for (Unit unit : part.units()) {
            units.add(unit);
        }
        labels.addAll(part.labels());
        PairCounts.merge(exact, part.exact());
        if (part.overlap() != null) {
            PairCounts.merge(overlap, part.overlap());
        }
        if (part.documentUnits() != null) {
            unitizing.add(part.documentUnits(), part.unitizing());
        }
        documents.add(part.document());
    }

    /**
     * Computes the figures of the diff of this layer in one document whose counted annotators are {@code annotators}
     * (sorted), reading nothing but its arguments and this layer's settings, so documents may be analysed in parallel.
     */
    Part analyse(String document, int length, List<String> annotators, DiffResult diff) {
        int n = annotators.size();
        List<Unit> docUnits = new ArrayList<>(diff.positions().size());
        Set<String> docLabels = new TreeSet<>();
        Map<Pair, SortedMap<String, int[]>> docExact = PairCounts.map();
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
            PairCounts.countExact(docExact, annotators, held, documentCounts);
        }
        if (!relation) {
            Map<Pair, SortedMap<String, int[]>> docOverlap = PairCounts.map();
            if (overlapWanted) {
                PairCounts.countOverlap(docOverlap, annotators, spans);
            }
            if (!unitizingWanted) {
                return new Part(docUnits, docLabels, docExact, docOverlap, null, null,
                        meanF1(document, annotators, diff, documentCounts));
            }
            DocumentUnits units = CoderUnits.of(document, length, annotators, spans);
            UnitizingResult unitizing = UnitizingAlpha.compute(units);
            if (unitizing.isDefined()) {
                return new Part(docUnits, docLabels, docExact, docOverlap, units, unitizing,
                        document(document, annotators, diff, "unitizing", unitizing.alpha()));
            }
            return new Part(docUnits, docLabels, docExact, docOverlap, units, unitizing,
                    meanF1(document, annotators, diff, documentCounts));
        }
        return new Part(docUnits, docLabels, docExact, null, null, null,
                meanF1(document, annotators, diff, documentCounts));
    }

    private static DocumentAgreement meanF1(String document, List<String> annotators, DiffResult diff,
            int[][] documentCounts) {
        double sum = 0;
        int defined = 0;
        for (int[] counts : documentCounts) {
            int denominator = 2 * counts[0] + counts[1] + counts[2];
            if (denominator > 0) {
                sum += 2.0 * counts[0] / denominator;
                defined++;
            }
        }
        return defined == 0
                ? document(document, annotators, diff, "none", Double.NaN)
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
