package org.attest.agreement.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.Level;
import org.attest.agreement.corpus.LayerAccumulator.Pair;
import org.attest.agreement.corpus.LayerAccumulator.Unit;
import org.attest.agreement.measures.cohenkappa.CohenKappa;
import org.attest.agreement.measures.cohenkappa.CohenKappaResult;
import org.attest.agreement.measures.cohenkappa.ConfusionCounts;
import org.attest.agreement.measures.fleisskappa.FleissCounts;
import org.attest.agreement.measures.krippendorff.AlphaCounts;

/**
 * The sums Cohen's kappa, Fleiss' kappa and Krippendorff's alpha (nominal, and one label against the rest) need of a
 * layer's units, added unit by unit: a pair's confusion counts, the complete units' category counts, the coincidence
 * matrix's marginals and observed disagreement. Nothing per unit is kept, so memory grows with the labels and the
 * annotators, not with the corpus; the figures are those of the measures over the corpus's reliability data, one row
 * per unit and one column per annotator (missing where the annotator did not count in the unit's document).
 */
final class UnitSums {

    private final AlphaCounts alpha;
    private final Map<Pair, ConfusionCounts> confusion = new HashMap<>();
    // complete units can only come from documents in which every annotator of the corpus counted, so the sums are kept
    // per set of counted annotators, and the one of all the corpus's annotators is used at the end
    private final Map<List<String>, FleissCounts> complete = new HashMap<>();
    // a document's units share one list of annotators: its pairs' counts are looked up once per document
    private List<String> lastAnnotators;
    private ConfusionCounts[] lastPairs;
    private FleissCounts lastComplete;

    /** Creates empty sums for nominal values. */
    UnitSums() {
        this(Level.NOMINAL);
    }

    /** Creates empty sums, alpha's for values of {@code level} (nominal or interval). */
    UnitSums(Level level) {
        this.alpha = new AlphaCounts(level);
    }

    /** Adds one unit; units must be added in corpus order for the figures to be the same every time. */
    void add(Unit unit) {
        List<String> annotators = unit.annotators();
        String[] values = unit.values();
        alpha.add(unit.name(), annotators, values);
        if (annotators != lastAnnotators) {
            lastAnnotators = annotators;
            int n = annotators.size();
            lastPairs = new ConfusionCounts[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    lastPairs[i * n + j] = confusion.computeIfAbsent(new Pair(annotators.get(i), annotators.get(j)),
                            p -> new ConfusionCounts());
                }
            }
            lastComplete = complete.computeIfAbsent(annotators, a -> new FleissCounts(a.size()));
        }
        int n = annotators.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (values[i] != null && values[j] != null) {
                    lastPairs[i * n + j].add(values[i], values[j]);
                }
            }
        }
        lastComplete.add(values);
    }

    /** Returns the number of units added. */
    int count() {
        return alpha.units();
    }

    /** Returns Cohen's kappa of annotators {@code first} and {@code second} (first before second in name order). */
    CohenKappaResult cohen(String first, String second) {
        ConfusionCounts counts = confusion.getOrDefault(new Pair(first, second), new ConfusionCounts());
        return CohenKappa.compute(counts.matrix(first, second), count());
    }

    /** Returns Fleiss' kappa over the units every one of {@code coders} (the corpus's annotators, sorted) coded. */
    AgreementResult fleiss(List<String> coders) {
        return complete.getOrDefault(coders, new FleissCounts(coders.size())).result(count());
    }

    /** Returns Krippendorff's alpha with {@code coders} annotators in the corpus. */
    AgreementResult alpha(int coders) {
        return alpha.result(coders);
    }

    /** Returns nominal alpha of {@code label} against every other value ({@code rest}). */
    AgreementResult alpha(String label, String rest, int coders) {
        return alpha.oneVersusRest(label, rest, coders);
    }
}
