package org.attest.agreement.measures.unitizing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Krippendorff's unitizing alpha (&alpha;<sub>U</sub>; Krippendorff 1995, "On the reliability of
 * unitizing contiguous data", and 2004, Content Analysis, 2nd ed., section 11.7): how well coders
 * agree on where units of a category begin and end on a continuum.
 *
 * <p>Per category, each coder's continuum is cut into units of the category and gaps between them.
 * For two coders' overlapping segments g and h the squared distance is (b<sub>g</sub>-b<sub>h</sub>)&sup2;
 * + (e<sub>g</sub>-e<sub>h</sub>)&sup2; when both are units, l<sub>g</sub>&sup2; when unit g lies inside gap h
 * (and vice versa), and 0 otherwise. D<sub>o</sub> sums these over all ordered pairs of coders and
 * divides by m(m-1)L&sup2;. D<sub>e</sub> is Krippendorff's (2004) expectation over all placements of
 * the same units and gaps:
 * (2/L) &Sigma;<sub>g</sub> [(N<sub>c</sub>-1)(2l<sub>g</sub>&sup3;-3l<sub>g</sub>&sup2;+l<sub>g</sub>)/3
 * + l<sub>g</sub>&sup2; &Sigma;<sub>gaps h, l<sub>h</sub> &ge; l<sub>g</sub></sub> (l<sub>h</sub>-l<sub>g</sub>+1)]
 * / [mL(mL-1) - &Sigma;<sub>g</sub> l<sub>g</sub>(l<sub>g</sub>-1)].
 * Over a set of categories, alpha = 1 - &Sigma;D<sub>o</sub>/&Sigma;D<sub>e</sub>.
 */
public final class UnitizingAlpha {

    private UnitizingAlpha() {
    }

    /** Computes unitizing alpha for one document over every category its coders used. */
    public static UnitizingResult compute(DocumentUnits document) {
        Objects.requireNonNull(document, "document");
        if (document.categories().isEmpty()) {
            return new UnitizingResult(document.document(), 0, document.length(), new TreeMap<>(), Double.NaN,
                    Double.NaN,
                    Double.NaN, "no coder marked any unit in document '" + document.document()
                            + "': agreement is undefined (no variation)");
        }
        return compute(document, document.categories());
    }

    /** Computes unitizing alpha for one document over the given categories (one category: that category's alpha). */
    public static UnitizingResult compute(DocumentUnits document, Collection<String> categories) {
        Objects.requireNonNull(document, "document");
        SortedSet<String> wanted = requireCategories(categories);
        if (document.coderCount() < 2 || document.length() == 0) {
            return new UnitizingResult(document.document(), 0, document.length(), new TreeMap<>(), Double.NaN,
                    Double.NaN,
                    Double.NaN, "document '" + document.document() + "' " + whyNotPairable(document)
                            + ": unitizing alpha is undefined (nothing to compare)");
        }
        TreeMap<String, CategoryDisagreement> perCategory = new TreeMap<>();
        for (String category : wanted) {
            perCategory.put(category, UnitDistances.disagreement(document, category));
        }
        return combine(document.document(), 1, document.length(), perCategory, "");
    }

    /**
     * Pools unitizing alpha over documents for every category used in any of them; see
     * {@link #pooled(List, Collection)}.
     */
    public static UnitizingResult pooled(List<DocumentUnits> documents) {
        TreeSet<String> categories = new TreeSet<>();
        documents.forEach(document -> categories.addAll(document.categories()));
        if (categories.isEmpty()) {
            return noCategory(documents.size());
        }
        return pooled(documents, categories);
    }

    /** The pooled result over {@code documents} documents in which no coder marked any unit. */
    static UnitizingResult noCategory(int documents) {
        return new UnitizingResult("pooled over " + documents + " document(s)", 0, 0, new TreeMap<>(), Double.NaN,
                Double.NaN, Double.NaN, "no coder marked any unit: agreement is undefined (no variation)");
    }

    /**
     * Pools unitizing alpha over documents, computing each document on its own (corpus-wide unitizing is quadratic).
     *
     * <p>Per category, the pooled D<sub>o</sub> and D<sub>e</sub> are the means of the documents' D<sub>o</sub> and
     * D<sub>e</sub> weighted by each document's number of ordered coder pairs times its squared length,
     * w = m(m-1)L&sup2; that is the normaliser of D<sub>o</sub>, so the pooled D<sub>o</sub> equals the observed
     * disagreement of all documents laid end to end. The pooled D<sub>e</sub> differs from that of documents laid
     * end to end in one respect, on purpose: chance pairs a unit only with units and gaps of its own document.
     * Documents with fewer than two coders or no length are left out and counted in the note.
     */
    public static UnitizingResult pooled(List<DocumentUnits> documents, Collection<String> categories) {
        Objects.requireNonNull(documents, "documents");
        return pool(documents, requireCategories(categories),
                (d, category) -> UnitDistances.disagreement(documents.get(d), category));
    }

    // Sums each category's disagreements over the documents, weighted by m(m-1)L^2; perCategory gives document d's
    // disagreement on a category, null when its coders did not use it (no unit, all gaps: nothing to add).
    private static UnitizingResult pool(List<DocumentUnits> documents, SortedSet<String> wanted,
            BiFunction<Integer, String, CategoryDisagreement> perCategory) {
        TreeMap<String, double[]> sums = new TreeMap<>();
        TreeMap<String, Integer> unitCounts = new TreeMap<>();
        for (String category : wanted) {
            sums.put(category, new double[2]);
            unitCounts.put(category, 0);
        }
        double weights = 0;
        int used = 0;
        long length = 0;
        List<String> left = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            DocumentUnits document = documents.get(d);
            if (document.coderCount() < 2 || document.length() == 0) {
                left.add(document.document());
                continue;
            }
            double m = document.coderCount();
            double weight = m * (m - 1) * (double) document.length() * document.length();
            weights += weight;
            used++;
            length += document.length();
            for (String category : wanted) {
                CategoryDisagreement one = perCategory.apply(d, category);
                sums.get(category)[0] += weight * (one == null ? 0 : one.observed());
                sums.get(category)[1] += weight * (one == null ? 0 : one.expected());
                unitCounts.merge(category, one == null ? 0 : one.units(), Integer::sum);
            }
        }
        return pooledResult(wanted, sums, unitCounts, weights, used, length, left);
    }

    static UnitizingResult pooledResult(SortedSet<String> wanted, TreeMap<String, double[]> sums,
            TreeMap<String, Integer> unitCounts, double weights, int used, long length, List<String> left) {
        String note = left.isEmpty()
                ? ""
                : left.size() + " document(s) with fewer than two coders or no text were left out: " + left;
        String scope = "pooled over " + used + " document(s)";
        if (used == 0) {
            return new UnitizingResult(scope, 0, 0, new TreeMap<>(), Double.NaN, Double.NaN, Double.NaN,
                    "no document has two or more coders: unitizing alpha is undefined (nothing to compare)"
                            + (note.isEmpty() ? "" : "; " + note));
        }
        TreeMap<String, CategoryDisagreement> perCategory = new TreeMap<>();
        for (String category : wanted) {
            double observed = sums.get(category)[0] / weights;
            double expected = sums.get(category)[1] / weights;
            perCategory.put(category, new CategoryDisagreement(category, unitCounts.get(category), observed, expected,
                    UnitDistances.alpha(observed, expected)));
        }
        return combine(scope, used, length, perCategory, note);
    }

    /**
     * Pools documents already computed one by one with {@link #compute(DocumentUnits)} ({@code computed}, in the order
     * of {@code documents}) over every category used in any of them: the result of {@link #pooled(List)} without
     * computing each document again. A category a document's coders did not use adds nothing to its sums.
     */
    public static UnitizingResult pooledFrom(List<DocumentUnits> documents, List<UnitizingResult> computed) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(computed, "computed");
        if (documents.size() != computed.size()) {
            throw new IllegalArgumentException("there are " + documents.size() + " documents but " + computed.size()
                    + " computed results; give one result per document, in the same order");
        }
        for (int d = 0; d < documents.size(); d++) {
            if (!computed.get(d).scope().equals(documents.get(d).document())) {
                throw new IllegalArgumentException(
                        "result " + d + " is of '" + computed.get(d).scope() + "', not of document '"
                                + documents.get(d).document() + "'; give the results in the order of the documents");
            }
        }
        UnitizingPool pool = new UnitizingPool();
        for (int d = 0; d < documents.size(); d++) {
            pool.add(documents.get(d), computed.get(d));
        }
        return pool.result();
    }

    private static UnitizingResult combine(String scope, int documents, long length,
            TreeMap<String, CategoryDisagreement> perCategory, String note) {
        double observed = 0;
        double expected = 0;
        for (CategoryDisagreement category : perCategory.values()) {
            observed += category.observed();
            expected += category.expected();
        }
        double alpha = UnitDistances.alpha(observed, expected);
        if (Double.isNaN(alpha)) {
            String why = "no unit of " + perCategory.keySet()
                    + " was marked, or they cover everything: agreement is undefined (no variation)";
            note = note.isEmpty() ? why : why + "; " + note;
        }
        return new UnitizingResult(scope, documents, length, perCategory, observed, expected, alpha, note);
    }

    private static SortedSet<String> requireCategories(Collection<String> categories) {
        Objects.requireNonNull(categories, "categories");
        TreeSet<String> sorted = new TreeSet<>(categories);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException(
                    "no category to compute unitizing alpha for; name at least one span label");
        }
        return sorted;
    }

    private static String whyNotPairable(DocumentUnits document) {
        return document.length() == 0 ? "has no text" : "has " + document.coderCount() + " coder(s), fewer than two";
    }
}
