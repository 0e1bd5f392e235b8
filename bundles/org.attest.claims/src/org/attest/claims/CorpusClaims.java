package org.attest.claims;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.Annotator;
import org.attest.model.ClaimCluster;
import org.attest.model.Document;
import org.attest.model.Layer;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/**
 * Reads a corpus's claim clusters from the gold or from one annotator's CASes: every Claim span that links a cluster,
 * its period filled from the written period and the document's date where the annotator left the days empty, its
 * attribution chains, and the verdicts of {@link ConflictRules} on each cluster.
 */
public final class CorpusClaims {

    /** The name that reads the curated gold instead of an annotator. */
    public static final String GOLD = "gold";

    private final CorpusStore store;
    private final ConflictRules rules;

    /** Creates the reader over an open corpus, judging with {@code rules}. */
    public CorpusClaims(CorpusStore store, ConflictRules rules) {
        this.store = store;
        this.rules = rules;
    }

    /**
     * What was read: the clusters in id order and how many claims link no cluster.
     *
     * @param clusters the clusters, each with its claims, verdicts and joint intervals
     * @param unclustered the number of claims that link no cluster
     */
    public record Result(List<Cluster> clusters, int unclustered) {
    }

    /** Reads the claims of {@value #GOLD} or of the annotator named {@code from}, which must be one of the corpus. */
    public Result read(String from) throws CorpusException {
        Map<String, List<ClaimFigure>> byCluster = new TreeMap<>();
        int unclustered = 0;
        for (ClaimFigure claim : figures(from)) {
            if (claim.cluster() == null) {
                unclustered++;
            } else {
                byCluster.computeIfAbsent(claim.cluster(), c -> new ArrayList<>()).add(claim);
            }
        }
        Map<String, String> propositions = new TreeMap<>();
        for (ClaimCluster cluster : store.corpus().getClaimClusters()) {
            if (cluster.getId() != null && cluster.getProposition() != null) {
                propositions.put(cluster.getId(), cluster.getProposition());
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        byCluster.forEach((id, claims) -> clusters.add(Cluster.of(id, propositions.get(id), claims, rules)));
        return new Result(clusters, unclustered);
    }

    /**
     * Returns every claim of {@value #GOLD} or of the annotator named {@code from}, clustered or not, in document and
     * offset order.
     */
    public List<ClaimFigure> figures(String from) throws CorpusException {
        boolean gold = GOLD.equals(from);
        if (!gold && store.annotator(from).isEmpty()) {
            throw new CorpusException(store.layout().dir() + " has no annotator '" + from + "'; its annotators are "
                    + store.corpus().getAnnotators().stream().map(Annotator::getName).toList() + ", or read the gold");
        }
        Optional<Layer> layer = Schemas.layer(store.corpus().getSchema(), DefaultSchema.CLAIM);
        List<ClaimFigure> figures = new ArrayList<>();
        if (layer.isEmpty()) {
            return figures;
        }
        EntityIds entities = EntityIds.of(store.corpus().getEntities());
        CAS reuse = null;
        for (Document document : store.corpus().getDocuments()) {
            boolean present = gold
                    ? Files.isRegularFile(store.layout().gold(document.getId()), LinkOption.NOFOLLOW_LINKS)
                    : store.hasCas(document, from);
            if (present) {
                // claims need the annotations alone, not the sentences and tokens
                CAS cas = gold
                        ? store.reads().goldAnnotations(document,
                                store.readBytes(store.layout().gold(document.getId())),
                                reuse)
                        : store.reads().annotations(document, from,
                                store.readBytes(store.layout().cas(document.getId(), from)), reuse);
                reuse = cas;
                figures.addAll(claims(document, cas, layer.get(), entities));
            }
        }
        return figures;
    }

    private List<ClaimFigure> claims(Document document, CAS cas, Layer layer, EntityIds entities) {
        Layers layers = new Layers(cas, store.corpus().getSchema());
        Chains chains = Chains.read(cas, store.corpus().getSchema(), entities);
        LocalDate documentDate = PeriodReader.isoDate(document.getPublicationDate()).orElse(null);
        List<ClaimFigure> claims = new ArrayList<>();
        for (AnnotationFS fs : layers.spans(layer.getName())) {
            Features f = new Features(layers, layer, fs);
            String period = f.text("period");
            Optional<Period> written = PeriodReader.read(period, documentDate);
            LocalDate start = PeriodReader.isoDate(f.text("periodStart")).or(() -> written.map(Period::start))
                    .orElse(null);
            LocalDate end = PeriodReader.isoDate(f.text("periodEnd")).or(() -> written.map(Period::end)).orElse(null);
            claims.add(new ClaimFigure(document.getId(), fs.getBegin(), fs.getEnd(), fs.getCoveredText(),
                    f.text("cluster"),
                    f.number("value"), f.number("upper"), f.text("qualifier"), f.text("unit"), f.text("measure"),
                    period, start, end, chains.of(fs)));
        }
        claims.sort(Comparator.comparingInt(ClaimFigure::begin));
        return claims;
    }

    /** The features of one claim, unset where the corpus's schema lacks them (a corpus made before they existed). */
    private record Features(Layers layers, Layer layer, AnnotationFS fs) {

        String text(String name) {
            Object value = Schemas.feature(layer, name).isPresent() ? layers.value(fs, name) : null;
            return value instanceof String s && !s.isBlank() ? s : null;
        }

        Double number(String name) {
            Object value = Schemas.feature(layer, name).isPresent() ? layers.value(fs, name) : null;
            return value instanceof Double d ? d : null;
        }
    }
}
