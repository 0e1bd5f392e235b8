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
    // once let go of, the cache is not opened again: a digest that starts after an export failed would leave it open
    private boolean done;

    SharedObservations(CorpusStore store) {
        this.store = store;
    }

    /** Returns the recorder, opening its cache at the first call; refused once the export let go of it. */
    synchronized ObservationRecorder get() {
        if (done) {
            throw new IllegalStateException("the export has ended; its observation cache is closed");
        }
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
        done = true;
        return taken;
    }
}
