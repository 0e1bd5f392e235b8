package org.attest.curation;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;

/**
 * The CASes one worker thread read its last document into, handed back for the next document so that a corpus-wide
 * run creates a few CASes per thread instead of several per document. A session loaded with slots must be dropped
 * before the next document is loaded with the same slots.
 */
final class CasSlots {

    private final List<CAS> slots = new ArrayList<>();

    /** Returns the CAS of slot {@code index}, or null when the slot is still empty. */
    CAS get(int index) {
        return index < slots.size() ? slots.get(index) : null;
    }

    /** Remembers {@code cas} in slot {@code index} and returns it. */
    CAS put(int index, CAS cas) {
        while (slots.size() <= index) {
            slots.add(null);
        }
        slots.set(index, cas);
        return cas;
    }
}
