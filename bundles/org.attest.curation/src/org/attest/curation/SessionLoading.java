package org.attest.curation;

import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.uima.cas.CAS;
import org.attest.model.AnnotationState;
import org.attest.model.CurationRecord;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/** The loading of a {@link CurationSession}: which annotators count, their CASes, the curation record and the gold. */
final class SessionLoading {

    private SessionLoading() {
    }

    /** Loads {@code document} like {@link CurationSession#load}, reading into the CASes of {@code slots} when given. */
    static CurationSession load(CorpusStore store, Document document, String reviewer, boolean includeInProgress,
            CasSlots slots)
            throws CorpusException {
        return load(store, Objects.requireNonNull(document, "document"), reviewer,
                eligible(store, document, includeInProgress), slots);
    }

    /**
     * Loads {@code document} comparing the given {@code annotators}, as {@link #eligible} found them, reading into
     * {@code slots} when given.
     */
    static CurationSession load(CorpusStore store, Document document, String reviewer, SortedSet<String> annotators,
            CasSlots slots)
            throws CorpusException {
        SortedMap<String, CAS> cases = new TreeMap<>();
        // slot 0 holds the gold, slot 1 the first annotator's CAS read whole, the others their annotations alone: a
        // CAS read without its sentences and tokens is only ever reused for another such read, never for the gold
        int slot = 1;
        for (String annotator : annotators) {
            CAS cas;
            if (slots == null) {
                cas = store.readCas(document, annotator);
            } else if (slot == 1) {
                // the first one whole: a gold not begun yet starts from its sentences and tokens
                cas = slots.put(slot, store.readCas(document, annotator, slots.get(slot)));
            } else {
                // a corpus-wide run (merge, status) compares and copies annotations alone, never saves these CASes,
                // and needs no more sentences and tokens than the first one's: a third less work to read
                byte[] bytes = store.readBytes(store.layout().cas(document.getId(), annotator));
                cas = slots.put(slot, store.reads().annotations(document, annotator, bytes, slots.get(slot)));
            }
            cases.put(annotator, cas);
            slot++;
        }
        CurationFiles files = new CurationFiles(store);
        CurationRecord record = files.readRecord(document);
        // a corpus of format 1 opened read-only keeps gold states in its model; the store knows where to look, and
        // otherwise takes it from the record just read rather than reading the file again
        record.setState(store.goldState(document, record));
        CAS gold = files.readGold(document, record, cases.isEmpty() ? null : cases.get(cases.firstKey()),
                slots == null ? null : slots.get(0));
        if (slots != null) {
            slots.put(0, gold);
        }
        return new CurationSession(store, document, reviewer, cases, gold, record);
    }

    /**
     * Returns the annotators whose work counts for {@code document}: finished (and in progress when asked), with a CAS
     * file.
     */
    static SortedSet<String> eligible(CorpusStore store, Document document, boolean includeInProgress) {
        SortedSet<String> names = new TreeSet<>();
        for (AnnotationState state : document.getStates()) {
            String name = state.getAnnotator().getName();
            boolean counts = state.getState() == DocumentState.FINISHED
                    || includeInProgress && state.getState() == DocumentState.IN_PROGRESS;
            if (counts && store.hasCas(document, name)) {
                names.add(name);
            }
        }
        return names;
    }
}
