package org.attest.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.edit.AnnotationEditing;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.schema.DefaultSchema;
import org.attest.registry.CorpusMentions;
import org.attest.registry.DuplicateFinder;
import org.attest.registry.EntityRegistry;
import org.attest.registry.Mention;
import org.attest.store.CorpusStore;

/**
 * The demo's registry work: an annotator links her person mentions to registry entities as a hurried annotator would
 * (one new entity per spelling; a surname alone goes to the full name it ends), and later the duplicate finder spots
 * the spellings of one person and the best pair is merged.
 */
final class DemoRegistry {

    private DemoRegistry() {
    }

    /**
     * Links {@code annotator}'s person mentions in {@code store}, open for writing, to registry entities: the one
     * spelt exactly as the mention (or whose name ends in a surname used alone), else a new one, printed.
     */
    static void link(CorpusStore store, String annotator, PrintWriter out) throws Exception {
        out.println("   " + annotator + " links each person mention to a registry entity, a new one for each new"
                + " spelling (a surname alone goes to the full name):");
        EntityRegistry registry = new EntityRegistry(store.corpus());
        Map<Document, CAS> changed = new LinkedHashMap<>();
        for (Document document : store.corpus().getDocuments()) {
            if (!store.hasCas(document, annotator)) {
                continue;
            }
            CAS cas = store.readCas(document, annotator);
            AnnotationEditing editing = new AnnotationEditing(cas, store.corpus().getSchema());
            Layers layers = editing.layers();
            for (AnnotationFS mention : layers.spans(DefaultSchema.ENTITY)) {
                if ("PERSON".equals(layers.label(mention)) && layers.value(mention, "entity") == null) {
                    link(registry, store.corpus().getEntities(), editing, mention, document, out);
                    changed.put(document, cas);
                }
            }
        }
        // the entities are saved before the links to them, so no CAS ever names an entity the model lacks
        store.saveModel("attest demo: registry entities");
        for (Map.Entry<Document, CAS> e : changed.entrySet()) {
            store.writeCas(e.getKey(), annotator, e.getValue());
        }
        out.println();
    }

    /**
     * Lets the duplicate finder compare the registry's entities across scripts and accents, merges the best pair in
     * {@code store}, open for writing, and returns the entity kept, or null when it found none.
     */
    static Entity merge(CorpusStore store, PrintWriter out) throws Exception {
        out.println("11. registry: the duplicate finder compares the entities' names across scripts and accents;"
                + " the best pair is merged (no CAS changes: links to the merged id resolve to the kept entity)");
        EntityRegistry registry = new EntityRegistry(store.corpus());
        Map<Entity, List<Mention>> mentions = CorpusMentions.read(store, m -> {
        }).byEntity(registry);
        List<DuplicateFinder.Suggestion> duplicates = new DuplicateFinder().suggest(store.corpus().getEntities(),
                mentions, DuplicateFinder.DEFAULT_THRESHOLD, 0);
        out.printf("   %d entities, %d suggested duplicate pair(s)%n", store.corpus().getEntities().size(),
                duplicates.size());
        for (DuplicateFinder.Suggestion d : duplicates) {
            out.printf("   duplicate? '%s' (%d mention(s)) ~ '%s' (%d mention(s)), similarity %.2f%n", d.nameA(),
                    d.mentionsA().size(), d.nameB(), d.mentionsB().size(), d.score());
        }
        if (duplicates.isEmpty()) {
            out.println();
            return null;
        }
        DuplicateFinder.Suggestion best = duplicates.get(0);
        registry.merge(best.a(), best.b()).execute();
        store.saveModel("attest demo: registry merge");
        int resolved = CorpusMentions.read(store, m -> {
        }).of(best.a(), registry).size();
        out.printf("   merged %s '%s' into %s '%s': %d mention(s) across the corpus now resolve to it%n",
                best.b().getId(), best.b().getCanonicalName(), best.a().getId(), best.a().getCanonicalName(), resolved);
        out.printf("   search '%s' finds %s%n%n", fold(best.b().getCanonicalName()),
                registry.search(fold(best.b().getCanonicalName()), 5).stream().map(Entity::getCanonicalName).toList());
        return best.a();
    }

    private static void link(EntityRegistry registry, List<Entity> entities, AnnotationEditing editing,
            AnnotationFS mention, Document document, PrintWriter out) {
        String text = mention.getCoveredText().strip();
        // spelt exactly as the mention, or its surname alone: unlike the registry's search, a hurried annotator does
        // not look past accents
        Entity known = entities.stream().filter(e -> text.equals(e.getCanonicalName())).findFirst()
                .orElse(text.indexOf(' ') < 0
                        ? entities.stream().filter(e -> e.getCanonicalName().endsWith(" " + text)).findFirst()
                                .orElse(null)
                        : null);
        if (known != null) {
            editing.link(mention, known.getId()).execute();
            return;
        }
        Entity created = createAndLink(registry, editing, mention);
        out.printf("   %-16s '%s' -> new entity %s%n", document.getId(), text, created.getId());
    }

    private static Entity createAndLink(EntityRegistry registry, AnnotationEditing editing, AnnotationFS mention) {
        var create = registry.createFromMention(mention, "PERSON", editing);
        create.execute();
        return create.created();
    }

    // the name as one types it without special letters, to show that search ignores accents
    private static String fold(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
