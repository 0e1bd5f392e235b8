package org.attest.agreement.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.corpus.LayerAccumulator.Pair;
import org.attest.agreement.measures.cohenkappa.CohenKappaResult;
import org.attest.agreement.measures.spanf1.Match;
import org.attest.agreement.measures.spanf1.SpanF1Result;
import org.attest.agreement.measures.unitizing.CategoryDisagreement;
import org.attest.agreement.measures.unitizing.UnitizingResult;

/** Turns one layer's collected units and counts into the measures of the report. */
final class LayerMeasures {

    /** The value of every label but the one measured, for one-vs-rest alpha. */
    static final String OTHER = "(other)";

    private static final Comparator<DocumentAgreement> LOWEST_FIRST = Comparator
            .<DocumentAgreement>comparingInt(d -> d.isDefined() ? 0 : 1)
            .thenComparingDouble(d -> d.isDefined() ? d.value() : 0).thenComparing(DocumentAgreement::document);

    private LayerMeasures() {
    }

    /**
     * Computes the layer's report for the annotators {@code coders} (sorted), as {@code request} asks.
     */
    static LayerAgreement finish(LayerAccumulator layer, List<String> coders, AgreementRequest request) {
        List<DocumentAgreement> documents = new ArrayList<>(layer.documents());
        documents.sort(LOWEST_FIRST);
        int unitCount = layer.units().count();
        if (coders.size() < 2) {
            return new LayerAgreement(layer.layer(), layer.relation(), unitCount, Map.of(), List.of(), List.of(),
                    documents);
        }
        UnitSums sums = layer.units();
        Map<Pair, CohenKappaResult> kappas = new LinkedHashMap<>();
        if (request.wants(AgreementRequest.COHEN)) {
            for (int i = 0; i < coders.size(); i++) {
                for (int j = i + 1; j < coders.size(); j++) {
                    kappas.put(new Pair(coders.get(i), coders.get(j)), sums.cohen(coders.get(i), coders.get(j)));
                }
            }
        }
        UnitizingResult pooled = layer.relation() || !request.wants(AgreementRequest.UNITIZING)
                ? null
                : layer.unitizing().result();
        int unitizingDocuments = layer.unitizing().documents();
        Map<String, AgreementResult> corpus = new LinkedHashMap<>();
        if (!kappas.isEmpty()) {
            corpus.put(AgreementRequest.COHEN, meanKappa(kappas, coders.size(), unitCount));
        }
        if (request.wants(AgreementRequest.FLEISS)) {
            corpus.put(AgreementRequest.FLEISS, sums.fleiss(coders));
        }
        if (request.wants(AgreementRequest.ALPHA)) {
            corpus.put(AgreementRequest.ALPHA, sums.alpha(coders.size()));
        }
        if (pooled != null) {
            corpus.put(AgreementRequest.UNITIZING, unitizing(pooled, coders.size(), unitizingDocuments));
        }
        if (request.wants(AgreementRequest.F1_EXACT)) {
            corpus.put(AgreementRequest.F1_EXACT,
                    f1(Match.EXACT, total(layer.exact(), null), layer.exact().size(), coders.size()));
        }
        boolean overlap = !layer.relation() && request.wants(AgreementRequest.F1_OVERLAP);
        if (overlap) {
            corpus.put(AgreementRequest.F1_OVERLAP,
                    f1(Match.OVERLAP, total(layer.overlap(), null), layer.overlap().size(), coders.size()));
        }
        List<PairAgreement> pairs = new ArrayList<>();
        for (int i = 0; i < coders.size(); i++) {
            for (int j = i + 1; j < coders.size(); j++) {
                Pair pair = new Pair(coders.get(i), coders.get(j));
                CohenKappaResult kappa = kappas.get(pair);
                pairs.add(new PairAgreement(pair.first(), pair.second(), kappa == null ? null : kappa.agreement(),
                        kappa == null ? null : kappa.confusion(),
                        request.wants(AgreementRequest.F1_EXACT)
                                ? LayerAccumulator.f1(Match.EXACT, sum(layer.exact().get(pair), null))
                                : null,
                        overlap ? LayerAccumulator.f1(Match.OVERLAP, sum(layer.overlap().get(pair), null)) : null));
            }
        }
        List<LabelAgreement> labels = new ArrayList<>();
        List<String> labelList = List.copyOf(layer.labels());
        // each label's alpha comes from the sums of its value against the others, kept as the units were added
        List<AgreementResult> alphas = new ArrayList<>();
        if (request.wants(AgreementRequest.ALPHA)) {
            for (String label : labelList) {
                alphas.add(sums.alpha(label, OTHER, coders.size()));
            }
        }
        for (int l = 0; l < labelList.size(); l++) {
            String label = labelList.get(l);
            Map<String, AgreementResult> results = new LinkedHashMap<>();
            if (request.wants(AgreementRequest.ALPHA)) {
                results.put(AgreementRequest.ALPHA, alphas.get(l));
            }
            if (pooled != null && pooled.categories().containsKey(label)) {
                results.put(AgreementRequest.UNITIZING, category(pooled.categories().get(label), coders.size(),
                        unitizingDocuments, pooled.documents()));
            }
            if (request.wants(AgreementRequest.F1_EXACT)) {
                results.put(AgreementRequest.F1_EXACT,
                        f1(Match.EXACT, total(layer.exact(), label), layer.exact().size(), coders.size()));
            }
            if (overlap) {
                results.put(AgreementRequest.F1_OVERLAP,
                        f1(Match.OVERLAP, total(layer.overlap(), label), layer.overlap().size(), coders.size()));
            }
            labels.add(new LabelAgreement(label, results));
        }
        return new LayerAgreement(layer.layer(), layer.relation(), unitCount, corpus, pairs, labels, documents);
    }

    private static AgreementResult meanKappa(Map<Pair, CohenKappaResult> kappas, int coders, int units) {
        if (kappas.size() == 1) {
            return kappas.values().iterator().next().agreement();
        }
        double sum = 0;
        int defined = 0;
        for (CohenKappaResult kappa : kappas.values()) {
            if (kappa.agreement().isDefined()) {
                sum += kappa.agreement().value();
                defined++;
            }
        }
        return new AgreementResult("cohen-kappa (mean of " + defined + " pair(s))",
                defined == 0 ? Double.NaN : sum / defined,
                Double.NaN, Double.NaN, coders, units, units, 0,
                defined == kappas.size()
                        ? ""
                        : (kappas.size() - defined) + " pair(s) with undefined kappa left out of the mean");
    }

    private static AgreementResult unitizing(UnitizingResult pooled, int coders, int documents) {
        int units = pooled.categories().values().stream().mapToInt(CategoryDisagreement::units).sum();
        return new AgreementResult("unitizing-alpha (" + pooled.scope() + ")", pooled.alpha(), pooled.observed(),
                pooled.expected(),
                coders, documents, pooled.documents(), units, pooled.note());
    }

    private static AgreementResult category(CategoryDisagreement category, int coders, int documents, int used) {
        return new AgreementResult("unitizing-alpha (" + category.category() + ")", category.alpha(),
                category.observed(),
                category.expected(), coders, documents, used, category.units(), "");
    }

    private static AgreementResult f1(Match match, int[] counts, int pairs, int coders) {
        SpanF1Result result = LayerAccumulator.f1(match, counts);
        int items = counts[0] + counts[1] + counts[2];
        String note = String.format(Locale.ROOT, "micro-averaged over %d pair(s): tp=%d, fp=%d, fn=%d", pairs,
                counts[0],
                counts[1], counts[2]) + (result.note().isEmpty() ? "" : "; " + result.note());
        return new AgreementResult("span-f1 (" + match.name().toLowerCase(Locale.ROOT) + ")", result.f1(), Double.NaN,
                Double.NaN, coders, items, items, 2 * counts[0] + counts[1] + counts[2], note);
    }

    private static int[] total(Map<Pair, SortedMap<String, int[]>> counts, String label) {
        int[] total = new int[3];
        for (SortedMap<String, int[]> byLabel : counts.values()) {
            int[] one = sum(byLabel, label);
            for (int k = 0; k < 3; k++) {
                total[k] += one[k];
            }
        }
        return total;
    }

    private static int[] sum(SortedMap<String, int[]> byLabel, String label) {
        int[] total = new int[3];
        for (Map.Entry<String, int[]> entry : (byLabel == null ? new TreeMap<String, int[]>() : byLabel).entrySet()) {
            if (label == null || label.equals(entry.getKey())) {
                for (int k = 0; k < 3; k++) {
                    total[k] += entry.getValue()[k];
                }
            }
        }
        return total;
    }
}
