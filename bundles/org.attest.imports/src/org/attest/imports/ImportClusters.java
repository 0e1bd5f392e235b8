package org.attest.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.attest.io.Article;
import org.attest.io.SpanRecord;
import org.attest.model.ClaimCluster;
import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.schema.Schemas;
import org.attest.store.CorpusNames;

/**
 * The claim clusters an import links, by name: in JSON Lines a cluster link is the cluster's name, which is its id
 * (ignoring case). A name that is no cluster's id but one cluster's proposition (ignoring case and spacing) links that
 * cluster; any other name becomes a new cluster, under the name itself when it is a portable file name, else under a
 * file name made from it with the name kept as the proposition. Links are rewritten to the ids, so a CAS only ever
 * holds ids.
 */
final class ImportClusters {

    private final Corpus corpus;
    private final Map<String, String> idsByName = new LinkedHashMap<>();
    private final Set<String> takenIds = new HashSet<>();
    private final List<ClaimCluster> created = new ArrayList<>();

    /** Starts from the clusters {@code corpus} has. */
    ImportClusters(Corpus corpus) {
        this.corpus = corpus;
        for (ClaimCluster c : corpus.getClaimClusters()) {
            if (c.getId() != null) {
                takenIds.add(c.getId().toLowerCase(Locale.ROOT));
                if (c.getProposition() != null) {
                    idsByName.putIfAbsent(key(c.getProposition()), c.getId());
                }
            }
        }
        // an id, also in another case (one file on macOS and Windows), wins over a proposition spelt the same
        for (ClaimCluster c : corpus.getClaimClusters()) {
            if (c.getId() != null) {
                idsByName.put(c.getId(), c.getId());
                idsByName.put(key(c.getId()), c.getId());
            }
        }
    }

    /** Returns {@code article} with its cluster links turned into the ids of existing or new clusters. */
    Article resolve(Article article) {
        List<SpanRecord> spans = new ArrayList<>();
        boolean changed = false;
        for (SpanRecord span : article.spans()) {
            Layer layer = Schemas.layer(corpus.getSchema(), span.layer()).orElse(null);
            Map<String, Object> features = new LinkedHashMap<>(span.features());
            for (Map.Entry<String, Object> f : features.entrySet()) {
                boolean link = layer != null && Schemas.feature(layer, f.getKey())
                        .map(d -> d.getKind() == FeatureKind.CLUSTER_LINK).orElse(false);
                if (link && f.getValue() instanceof String name && !name.isBlank()) {
                    String id = idOf(name);
                    changed |= !id.equals(name);
                    f.setValue(id);
                }
            }
            spans.add(new SpanRecord(span.layer(), span.begin(), span.end(), features));
        }
        return changed
                ? new Article(article.sourceName(), article.text(), article.metadata(), spans, article.relations(),
                        article.unknownTypes())
                : article;
    }

    /** Returns the clusters made for names no cluster had, in the order first linked. */
    List<ClaimCluster> created() {
        return List.copyOf(created);
    }

    private String idOf(String name) {
        String known = idsByName.get(name);
        if (known == null) {
            known = idsByName.get(key(name));
        }
        if (known != null) {
            return known;
        }
        boolean portable = CorpusNames.problem(name).isEmpty() && !takenIds.contains(name.toLowerCase(Locale.ROOT));
        String id = portable ? name : CorpusNames.derive(name, "cluster", takenIds);
        ClaimCluster cluster = CorpusFactory.eINSTANCE.createClaimCluster();
        cluster.setId(id);
        if (!portable) {
            cluster.setProposition(name.strip());
        }
        created.add(cluster);
        takenIds.add(id.toLowerCase(Locale.ROOT));
        idsByName.put(name, id);
        idsByName.put(key(name), id);
        idsByName.put(id, id);
        idsByName.put(key(id), id);
        return id;
    }

    private static String key(String name) {
        return "\u0000" + name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
