package org.attest.export;

import org.attest.agreement.corpus.ObservationRecorder;
import org.attest.store.CorpusStore;

/**
 * The observation cache an export shares between the thread that digests the manifest's agreement and the readers
 * that record into it: opened once, by whichever needs it first, and saved once, when the export's reading is done.
 */
final class SharedObservations {

    private final CorpusStore store;
    private ObservationRecorder recorder;

    SharedObservations(CorpusStore store) {
        this.store = store;
    }

    /** Returns the recorder, opening its cache at the first call. */
    synchronized ObservationRecorder get() {
        if (recorder == null) {
            recorder = ObservationRecorder.open(store);
        }
        return recorder;
    }

    /**
     * Saves and lets go of the recorder when the export's reading did not ({@link ExportReader#finish}): an export
     * that stopped early keeps what it recorded and closes the cache's file.
     */
    void close() {
        ObservationRecorder left = take();
        if (left != null) {
            try {
                left.save();
            } catch (java.io.IOException | RuntimeException e) {
                // the export already failed with its own message; the agreement reads these CASes again
            }
        }
    }

    /** Returns the recorder opened, or null when none was, and lets go of it: the caller saves it. */
    synchronized ObservationRecorder take() {
        ObservationRecorder taken = recorder;
        recorder = null;
        return taken;
    }
}
