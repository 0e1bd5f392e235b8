package org.attest.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.attest.model.AnnotatorRecord;
import org.attest.model.ClaimCluster;
import org.attest.model.CorpusFactory;
import org.attest.model.DocumentProgress;
import org.attest.model.Entity;
import org.attest.model.persist.CorpusModelException;
import org.attest.model.persist.CorpusPartsFormat;
import org.attest.store.TimeFormat;

/**
 * Three-way merges of the corpus files that several people may change: an annotator's record (per document, the later
 * state wins), an entity (names and ids as sets, so two alias edits both stay) and a claim cluster.
 */
final class RecordMerges {

    private RecordMerges() {
    }

    /**
     * Merges an annotator's record changed on both sides; {@code notes} hears of each document both changed
     * differently.
     */
    static byte[] annotator(String name, byte[] base, byte[] ours, byte[] theirs, Consumer<String> notes)
            throws CorpusModelException, IOException {
        AnnotatorRecord b = base == null
                ? null
                : CorpusPartsFormat.readAnnotatorRecord(base, "annotators/" + name + ".xmi (common version)");
        AnnotatorRecord o = CorpusPartsFormat.readAnnotatorRecord(ours, "annotators/" + name + ".xmi (yours)");
        AnnotatorRecord t = CorpusPartsFormat.readAnnotatorRecord(theirs, "annotators/" + name + ".xmi (published)");
        AnnotatorRecord merged = CorpusFactory.eINSTANCE.createAnnotatorRecord();
        boolean oursChangedAnnotator = b == null || !same(b.getAnnotator(), o.getAnnotator());
        merged.setAnnotator(CorpusPartsFormat.copy(oursChangedAnnotator ? o.getAnnotator() : t.getAnnotator()));
        Map<String, DocumentProgress> bs = byDocument(b);
        Map<String, DocumentProgress> os = byDocument(o);
        Map<String, DocumentProgress> ts = byDocument(t);
        Set<String> documents = new LinkedHashSet<>(os.keySet());
        documents.addAll(ts.keySet());
        for (String document : documents) {
            DocumentProgress chosen = pick(bs.get(document), os.get(document), ts.get(document));
            if (chosen == null) {
                continue;
            }
            DocumentProgress mine = os.get(document);
            DocumentProgress other = ts.get(document);
            if (mine != null && other != null && !same(mine, other) && !same(mine, bs.get(document))
                    && !same(other, bs.get(document))
                    && mine.getState() != other.getState()) {
                notes.accept(name + "'s state of '" + document + "' was changed on two machines (" + describe(mine)
                        + " here, " + describe(other)
                        + " in the published version); the later one, " + describe(chosen) + ", was kept");
            }
            merged.getProgress().add(CorpusPartsFormat.copy(chosen));
        }
        return CorpusPartsFormat.writeAnnotatorRecord(merged);
    }

    // The common rule: a side that did not change gives way; both changed the same way is no conflict; else the later
    // one.
    private static DocumentProgress pick(DocumentProgress b, DocumentProgress o, DocumentProgress t) {
        if (same(o, t)) {
            return o;
        }
        if (same(o, b)) {
            return t == null ? o : t; // removed on their side only: the state stays, nothing is dropped
        }
        if (same(t, b)) {
            return o == null ? t : o;
        }
        if (o == null || t == null) {
            return o == null ? t : o;
        }
        Date ot = o.getUpdated();
        Date tt = t.getUpdated();
        return ot != null && (tt == null || ot.after(tt)) ? o : t;
    }

    /**
     * Merges an entity changed on both sides: names and merged ids as sets, other fields by side, the published one on
     * a tie.
     */
    static byte[] entity(String id, byte[] base, byte[] ours, byte[] theirs, Consumer<String> notes)
            throws CorpusModelException, IOException {
        Entity b = base == null
                ? null
                : CorpusPartsFormat.readEntity(base, "registry/entities/" + id + ".xmi (common version)");
        Entity o = CorpusPartsFormat.readEntity(ours, "registry/entities/" + id + ".xmi (yours)");
        Entity t = CorpusPartsFormat.readEntity(theirs, "registry/entities/" + id + ".xmi (published)");
        Entity merged = CorpusPartsFormat.copy(t);
        String name = scalar(b == null ? null : b.getCanonicalName(), o.getCanonicalName(), t.getCanonicalName());
        merged.setCanonicalName(name);
        merged.setType(scalar(b == null ? null : b.getType(), o.getType(), t.getType()));
        merged.setKnowledgeBaseId(
                scalar(b == null ? null : b.getKnowledgeBaseId(), o.getKnowledgeBaseId(), t.getKnowledgeBaseId()));
        List<String> aliases = set3(b == null ? List.of() : b.getAliases(), o.getAliases(), t.getAliases());
        if (conflicted(b == null ? null : b.getCanonicalName(), o.getCanonicalName(), t.getCanonicalName())
                && o.getCanonicalName() != null) {
            if (!aliases.contains(o.getCanonicalName())) {
                aliases.add(o.getCanonicalName());
            }
            notes.accept("entity " + id + " was renamed on two machines ('" + o.getCanonicalName() + "' here, '" + name
                    + "' in the published version); '" + name + "' stays its name and '" + o.getCanonicalName()
                    + "' became an alias");
        }
        if (conflicted(b == null ? null : b.getType(), o.getType(), t.getType())
                || conflicted(b == null ? null : b.getKnowledgeBaseId(), o.getKnowledgeBaseId(),
                        t.getKnowledgeBaseId())) {
            notes.accept("entity " + id + " got another type or knowledge-base id on each machine; the published ones ("
                    + merged.getType()
                    + ", " + merged.getKnowledgeBaseId() + ") were kept, yours were " + o.getType() + ", "
                    + o.getKnowledgeBaseId());
        }
        merged.getAliases().clear();
        merged.getAliases().addAll(aliases);
        List<String> ids = set3(b == null ? List.of() : b.getMergedIds(), o.getMergedIds(), t.getMergedIds());
        merged.getMergedIds().clear();
        merged.getMergedIds().addAll(ids);
        return CorpusPartsFormat.writeEntity(merged);
    }

    /**
     * Merges a claim cluster changed on both sides: each field from the side that changed it, the published one on a
     * tie.
     */
    static byte[] cluster(String id, byte[] base, byte[] ours, byte[] theirs, Consumer<String> notes)
            throws CorpusModelException, IOException {
        ClaimCluster b = base == null
                ? null
                : CorpusPartsFormat.readCluster(base, "registry/clusters/" + id + ".xmi (common version)");
        ClaimCluster o = CorpusPartsFormat.readCluster(ours, "registry/clusters/" + id + ".xmi (yours)");
        ClaimCluster t = CorpusPartsFormat.readCluster(theirs, "registry/clusters/" + id + ".xmi (published)");
        ClaimCluster merged = CorpusPartsFormat.copy(t);
        merged.setProposition(scalar(b == null ? null : b.getProposition(), o.getProposition(), t.getProposition()));
        merged.setNote(scalar(b == null ? null : b.getNote(), o.getNote(), t.getNote()));
        if (conflicted(b == null ? null : b.getProposition(), o.getProposition(), t.getProposition())
                || conflicted(b == null ? null : b.getNote(), o.getNote(), t.getNote())) {
            notes.accept(
                    "claim cluster " + id + " was edited on two machines; the published wording was kept, yours was '"
                            + o.getProposition() + "'" + (o.getNote() == null ? "" : " (note: " + o.getNote() + ")"));
        }
        return CorpusPartsFormat.writeCluster(merged);
    }

    // both sides changed the value, each differently
    private static boolean conflicted(String b, String o, String t) {
        return !Objects.equals(o, t) && !Objects.equals(o, b) && !Objects.equals(t, b);
    }

    private static String scalar(String b, String o, String t) {
        if (Objects.equals(o, t) || Objects.equals(o, b)) {
            return t;
        }
        return Objects.equals(t, b) ? o : t;
    }

    // base + what either side added - what either side removed; the published order first, then the local additions
    private static List<String> set3(List<String> base, List<String> ours, List<String> theirs) {
        List<String> result = new ArrayList<>();
        for (String s : theirs) {
            boolean removedHere = base.contains(s) && !ours.contains(s);
            if (!removedHere && !result.contains(s)) {
                result.add(s);
            }
        }
        for (String s : ours) {
            boolean removedThere = base.contains(s) && !theirs.contains(s);
            if (!removedThere && !result.contains(s)) {
                result.add(s);
            }
        }
        return result;
    }

    private static Map<String, DocumentProgress> byDocument(AnnotatorRecord record) {
        Map<String, DocumentProgress> map = new LinkedHashMap<>();
        if (record != null) {
            record.getProgress().forEach(p -> map.put(p.getDocument(), p));
        }
        return map;
    }

    private static boolean same(DocumentProgress a, DocumentProgress b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.getState() == b.getState() && Objects.equals(a.getUpdated(), b.getUpdated());
    }

    private static boolean same(org.attest.model.Annotator a, org.attest.model.Annotator b) {
        return Objects.equals(a.getName(), b.getName()) && Objects.equals(a.getDisplayName(), b.getDisplayName())
                && Objects.equals(a.getAdded(), b.getAdded());
    }

    private static String describe(DocumentProgress p) {
        return p.getState().getLiteral() + (p.getUpdated() == null ? "" : " at " + TimeFormat.minutes(p.getUpdated()));
    }
}
