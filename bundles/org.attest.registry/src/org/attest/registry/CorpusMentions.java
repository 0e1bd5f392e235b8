package org.attest.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.Annotator;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.SpanLayer;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/** The mentions linked to registry entities across a corpus: every annotator's CAS of every document, read once. */
public final class CorpusMentions {

    private final List<Mention> mentions;
    private final List<String> unreadable;

    private CorpusMentions(List<Mention> mentions, List<String> unreadable) {
        this.mentions = List.copyOf(mentions);
        this.unreadable = List.copyOf(unreadable);
    }

    /**
     * Reads the linked mentions of every annotator's CAS in {@code store}; a CAS that cannot be read is named in
     * {@link #unreadable()} and the others are still read. The gold, which curation owns, is not among them.
     */
    public static CorpusMentions read(CorpusStore store, Consumer<String> progress) throws CorpusException {
        List<Mention> found = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Schema schema = store.corpus().getSchema();
        int n = 0;
        for (Document document : store.corpus().getDocuments()) {
            for (Annotator annotator : store.corpus().getAnnotators()) {
                if (!store.hasCas(document, annotator.getName())) {
                    continue;
                }
                try {
                    CAS cas = store.readCas(document, annotator.getName());
                    found.addAll(of(cas, schema, document.getId(), annotator.getName()));
                } catch (CorpusException e) {
                    unreadable.add(e.getMessage());
                }
            }
            if (++n % 500 == 0) {
                progress.accept(
                        "read the mentions of " + n + " of " + store.corpus().getDocuments().size() + " documents");
            }
        }
        return new CorpusMentions(found, unreadable);
    }

    /** Returns the mentions of {@code cas}, the CAS of {@code document} by {@code annotator}, that link an entity. */
    public static List<Mention> of(CAS cas, Schema schema, String document, String annotator) {
        Layers layers = new Layers(cas, schema);
        List<Mention> found = new ArrayList<>();
        for (Layer layer : schema.getLayers()) {
            FeatureDefinition link = layer.getFeatures().stream().filter(f -> f.getKind() == FeatureKind.ENTITY_LINK)
                    .findFirst().orElse(null);
            if (!(layer instanceof SpanLayer) || link == null) {
                continue;
            }
            for (AnnotationFS fs : layers.spans(layer.getName())) {
                if (layers.value(fs, link.getName()) instanceof String id && !id.isBlank()) {
                    found.add(new Mention(document, annotator, layer.getName(), fs.getBegin(), fs.getEnd(),
                            fs.getCoveredText(), id));
                }
            }
        }
        return found;
    }

    /** Creates the mentions of a corpus from a list made elsewhere, such as one kept up to date by an editor. */
    public static CorpusMentions of(List<Mention> mentions) {
        return new CorpusMentions(mentions, List.of());
    }

    /** Returns every linked mention, document by document. */
    public List<Mention> all() {
        return mentions;
    }

    /** Returns the CAS files that could not be read, each with why. */
    public List<String> unreadable() {
        return unreadable;
    }

    /** Returns the mentions of {@code entity}, including those holding an id it took over in a merge. */
    public List<Mention> of(Entity entity, EntityRegistry registry) {
        return mentions.stream().filter(m -> registry.byId(m.entityId()).orElse(null) == entity).toList();
    }

    /** Returns the mentions per entity they resolve to; mentions of ids the registry does not know are left out. */
    public Map<Entity, List<Mention>> byEntity(EntityRegistry registry) {
        Map<String, Entity> resolved = new java.util.HashMap<>();
        Map<Entity, List<Mention>> result = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Entity entity = resolved.computeIfAbsent(m.entityId(), id -> registry.byId(id).orElse(null));
            if (entity != null) {
                result.computeIfAbsent(entity, e -> new ArrayList<>()).add(m);
            }
        }
        return result;
    }

    /** Returns the mentions whose id no entity has or had. */
    public List<Mention> dangling(EntityRegistry registry) {
        return mentions.stream().filter(m -> registry.byId(m.entityId()).isEmpty()).toList();
    }
}
