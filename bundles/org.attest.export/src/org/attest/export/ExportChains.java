package org.attest.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attest.claims.Chain;
import org.attest.claims.ChainGraph;
import org.attest.claims.ChainLink;
import org.attest.claims.EntityIds;
import org.attest.io.export.ExportChain;
import org.attest.io.export.ExportDocument;
import org.attest.io.export.ExportRelation;
import org.attest.io.export.ExportSpan;
import org.attest.model.schema.DefaultSchema;

/**
 * Works out the attribution chains of an exported document from its Claim and Source spans and its Attribution and Via
 * relations, as the claims' own reading of a CAS does, so that a document taken from the export cache has them too.
 */
final class ExportChains {

    private ExportChains() {
    }

    /** Returns {@code doc} with the chains of its claims, their sources' entities resolved by {@code entities}. */
    static ExportDocument of(ExportDocument doc, EntityIds entities) {
        ChainGraph graph = new ChainGraph(entities);
        Map<Integer, Integer> claims = new HashMap<>();
        Map<Integer, Integer> sources = new HashMap<>();
        List<Integer> claimSpans = new ArrayList<>();
        for (int i = 0; i < doc.spans().size(); i++) {
            ExportSpan span = doc.spans().get(i);
            String words = doc.text().substring(span.begin(), span.end());
            if (span.layer().equals(DefaultSchema.CLAIM)) {
                claims.put(i, graph.claim(span.begin(), span.end(), words));
                claimSpans.add(i);
            } else if (span.layer().equals(DefaultSchema.SOURCE)) {
                sources.put(i, graph.source(span.begin(), span.end(), words, text(span, "type"),
                        text(span, "entity")));
            }
        }
        for (ExportRelation relation : doc.relations()) {
            Integer to = sources.get(relation.to());
            if (relation.layer().equals(DefaultSchema.ATTRIBUTION) && claims.containsKey(relation.from())
                    && to != null) {
                graph.attribution(claims.get(relation.from()), to);
            } else if (relation.layer().equals(DefaultSchema.VIA) && sources.containsKey(relation.from())
                    && to != null) {
                graph.via(sources.get(relation.from()), to);
            }
        }
        List<ExportChain> chains = new ArrayList<>();
        for (int span : claimSpans) {
            for (Chain chain : graph.chains(claims.get(span))) {
                chains.add(new ExportChain(span, chain.links().stream().map(ExportChains::source).toList()));
            }
        }
        return doc.withChains(chains);
    }

    private static ExportChain.Source source(ChainLink link) {
        return new ExportChain.Source(link.begin(), link.end(), link.text(), link.type(), link.entity(),
                link.entityName());
    }

    private static String text(ExportSpan span, String feature) {
        return span.features().get(feature) instanceof String s ? s : null;
    }
}
