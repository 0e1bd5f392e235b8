package org.attest.claims;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.ClaimCluster;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.fs.Transaction;

/**
 * Links claims of one annotator to the clusters suggested for them: the new clusters join the model and every changed
 * CAS is written, all in one transaction, so the corpus holds all of the links or none. The gold is curation's to
 * change and is refused.
 */
public final class ClusterAssignment {

    private final CorpusStore store;

    /** Creates the assignment over a corpus open for writing. */
    public ClusterAssignment(CorpusStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Links each suggested claim of {@code annotator} to its cluster, creating the new clusters, and returns how many
     * claims were linked; a claim that has meanwhile moved or been linked is left as it is and not counted.
     */
    public int apply(String annotator, List<ClusterSuggestions.Suggestion> suggestions) throws CorpusException {
        if (CorpusClaims.GOLD.equals(annotator)) {
            throw new CorpusException("the gold of " + store.layout().dir()
                    + " is changed through curation, not by applying suggestions; apply them to an annotator's claims",
                    CorpusException.Remedy.CHOOSE_ANNOTATOR, store.layout().dir(), null, null);
        }
        if (store.annotator(annotator).isEmpty()) {
            throw new CorpusException(store.layout().dir() + " has no annotator '" + annotator + "'",
                    CorpusException.Remedy.CHOOSE_ANNOTATOR, store.layout().dir(), null, annotator);
        }
        Map<String, List<ClusterSuggestions.Suggestion>> byDocument = new LinkedHashMap<>();
        suggestions.forEach(s -> byDocument.computeIfAbsent(s.claim().document(), d -> new ArrayList<>()).add(s));
        List<ClaimCluster> created = new ArrayList<>();
        int linked = 0;
        try (Transaction transaction = Transaction.begin(store.layout().dir(), "claim clusters")) {
            for (Map.Entry<String, List<ClusterSuggestions.Suggestion>> entry : byDocument.entrySet()) {
                Document document = store.document(entry.getKey()).orElseThrow(() -> new CorpusException(
                        store.layout().dir() + " has no document '" + entry.getKey() + "' any more"));
                CAS cas = store.readCas(document, annotator);
                Layers layers = new Layers(cas, store.corpus().getSchema());
                int before = linked;
                for (ClusterSuggestions.Suggestion s : entry.getValue()) {
                    AnnotationFS claim = unlinkedClaimAt(layers, s.claim());
                    if (claim != null) {
                        layers.set(claim, "cluster", s.cluster());
                        linked++;
                        if (s.newCluster() && created.stream().noneMatch(c -> c.getId().equals(s.cluster()))) {
                            created.add(cluster(s.cluster(), s.proposition()));
                        }
                    }
                }
                if (linked > before) {
                    transaction.write(store.layout().cas(document.getId(), annotator), store.casFormat().write(cas));
                }
            }
            if (linked == 0) {
                return 0;
            }
            store.corpus().getClaimClusters().addAll(created);
            try {
                store.stageModel(transaction);
                transaction.summary(linked + " claims linked to clusters");
                transaction.commit();
            } catch (IOException | RuntimeException | CorpusException e) {
                store.corpus().getClaimClusters().removeAll(created);
                throw e;
            }
            store.modelCommitted();
        } catch (IOException e) {
            throw new CorpusException("linking claims to clusters in " + store.layout().dir()
                    + " failed and was undone: " + e.getMessage(), e);
        }
        return linked;
    }

    private static AnnotationFS unlinkedClaimAt(Layers layers, ClaimFigure figure) {
        for (AnnotationFS fs : layers.spans(DefaultSchema.CLAIM)) {
            if (fs.getBegin() == figure.begin() && fs.getEnd() == figure.end()
                    && !(layers.value(fs, "cluster") instanceof String s && !s.isBlank())) {
                return fs;
            }
        }
        return null;
    }

    private static ClaimCluster cluster(String id, String proposition) {
        ClaimCluster cluster = CorpusFactory.eINSTANCE.createClaimCluster();
        cluster.setId(id);
        cluster.setProposition(proposition);
        return cluster;
    }
}
