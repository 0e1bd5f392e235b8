package org.attest.registry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.edit.AnnotationEditing;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.fs.Transaction;

/**
 * Splits an entity of a corpus on disk: the chosen mentions, in the annotators' CAS files, move to a new entity, and
 * the changed CAS files and registry entries are saved in one transaction, all of them or none.
 */
public final class CorpusSplit {

    private CorpusSplit() {
    }

    /**
     * Moves {@code chosen}, mentions of {@code from} among {@code mentions}, to a new entity called {@code name} and
     * saves
     * the corpus; returns the new entity.
     */
    public static Entity split(CorpusStore store, Entity from, String name, List<Mention> chosen,
            CorpusMentions mentions)
            throws CorpusException {
        EntityRegistry registry = new EntityRegistry(store.corpus());
        List<Mention> ofEntity = mentions.of(from, registry);
        Map<String, AnnotationEditing> open = new LinkedHashMap<>();
        List<SplitEntityCommand.LinkedMention> moving = new ArrayList<>();
        for (Mention c : chosen) {
            Mention m = ofEntity.stream().filter(o -> o.isAt(c.document(), c.annotator(), c.begin(), c.end()))
                    .findFirst().orElseThrow(
                            () -> new IllegalArgumentException("No mention of " + from.getId() + " '"
                                    + from.getCanonicalName() + "' at [" + c.begin() + ","
                                    + c.end() + ") in document '" + c.document() + "' by " + c.annotator()
                                    + "; choose one of the entity's mentions"));
            AnnotationEditing editing = open.get(m.document() + "\n" + m.annotator());
            if (editing == null) {
                Document document = store.document(m.document()).orElseThrow();
                editing = new AnnotationEditing(store.readCas(document, m.annotator()), store.corpus().getSchema());
                open.put(m.document() + "\n" + m.annotator(), editing);
            }
            moving.add(new SplitEntityCommand.LinkedMention(find(editing, m), editing));
        }
        List<String> kept = ofEntity.stream()
                .filter(o -> chosen.stream().noneMatch(c -> c.isAt(o.document(), o.annotator(), o.begin(), o.end())))
                .map(Mention::text).toList();
        SplitEntityCommand split = registry.split(from, name, moving, kept);
        split.execute();
        try (Transaction transaction = Transaction.begin(store.layout().dir(), "split of entity " + from.getId())) {
            for (Map.Entry<String, AnnotationEditing> e : open.entrySet()) {
                String[] key = e.getKey().split("\n");
                CAS cas = e.getValue().cas();
                transaction.write(store.layout().cas(key[0], key[1]), store.casFormat().write(cas));
            }
            store.stageModel(transaction);
            transaction
                    .summary(chosen.size() + " mention(s) of " + from.getId() + " moved to " + split.created().getId());
            transaction.commit();
            store.modelCommitted();
        } catch (IOException | CorpusException | RuntimeException e) {
            split.undo();
            throw new CorpusException(
                    "cannot save the split of " + from.getId() + " in " + store.layout().dir() + ": " + e.getMessage()
                            + "; nothing was changed on disk. Free space or fix permissions and retry",
                    e);
        }
        return split.created();
    }

    private static AnnotationFS find(AnnotationEditing editing, Mention m) {
        return editing.layers().spans(m.layer()).stream()
                .filter(fs -> fs.getBegin() == m.begin() && fs.getEnd() == m.end()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No " + m.layer() + " annotation at [" + m.begin() + "," + m.end()
                                + ") in document '" + m.document() + "' by " + m.annotator()
                                + " any more; list the entity's mentions again"));
    }
}
