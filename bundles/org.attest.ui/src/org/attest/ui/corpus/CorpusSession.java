package org.attest.ui.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.fs.CorpusLock;
import org.attest.store.fs.CorpusLockedException;
import org.attest.store.fs.StaleLockException;

/** The corpus the workbench is showing; views listen to it instead of reaching for a static singleton. */
public final class CorpusSession {

    private final List<Consumer<CorpusSession>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> finishedListeners = new CopyOnWriteArrayList<>();
    private CorpusStore store;
    private String readOnlyReason;
    private List<String> notices = List.of();
    private java.util.function.Predicate<String> clearStaleLock = message -> false;

    /** Returns the open corpus, if any. */
    public Optional<CorpusStore> store() {
        return Optional.ofNullable(store);
    }

    /**
     * Returns why the open corpus is read-only (another program holds its write lock) and what to do, or null when it
     * is writable.
     */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    /**
     * Returns what opening the current corpus did besides reading it, one line each (a recovery, a migration); empty
     * when nothing.
     */
    public List<String> notices() {
        return notices;
    }

    /** Sets who decides whether a lock left by a crashed program may be cleared; it gets the lock's description. */
    public void setStaleLockPolicy(java.util.function.Predicate<String> clearStaleLock) {
        this.clearStaleLock = clearStaleLock;
    }

    /**
     * Opens the corpus in {@code dir} for writing (read-only when another program writes it), replacing the current
     * one.
     */
    public void open(Path dir) throws CorpusException {
        CorpusStore previous = store;
        if (previous != null && previous.layout().dir().equals(dir.toAbsolutePath().normalize())) {
            store = null;
            previous.close();
            previous = null;
        }
        CorpusStore next;
        String reason = null;
        try {
            next = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "Attest workbench");
        } catch (CorpusException e) {
            if (!(e.getCause() instanceof CorpusLockedException)) {
                throw e;
            }
            next = null;
            if (e.getCause() instanceof StaleLockException && clearStaleLock.test(e.getMessage())) {
                try {
                    CorpusLock.clearStale(dir);
                    next = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "Attest workbench");
                } catch (java.io.IOException | CorpusException again) {
                    reason = WorkbenchFixes.describe(again);
                }
            } else {
                reason = WorkbenchFixes.describe(e);
            }
            if (next == null) {
                next = CorpusStore.open(dir, CorpusStore.Mode.READ, "Attest workbench");
            }
        }
        store = next;
        readOnlyReason = reason;
        notices = next.notices();
        if (previous != null) {
            previous.close();
        }
        InitialCorpus.remember(dir);
        fire();
    }

    /** Closes the open corpus, if any, and notifies the listeners. */
    public void close() throws CorpusException {
        if (store != null) {
            CorpusStore previous = store;
            store = null;
            previous.close();
            fire();
        }
    }

    /** Tells the listeners that the open corpus's model changed (a state, a saved document). */
    public void changed() {
        fire();
    }

    /**
     * Tells the listeners that the annotator marked {@code documentId} finished, so that work can be shared at once.
     */
    public void finished(String documentId) {
        for (Consumer<String> l : finishedListeners) {
            l.accept(documentId);
        }
    }

    /** Registers {@code listener} to hear the id of each document the annotator marks finished. */
    public void addFinishedListener(Consumer<String> listener) {
        finishedListeners.add(listener);
    }

    /** Removes a listener added with {@link #addFinishedListener}. */
    public void removeFinishedListener(Consumer<String> listener) {
        finishedListeners.remove(listener);
    }

    /** Registers {@code listener} to be told when the open corpus changes. */
    public void addListener(Consumer<CorpusSession> listener) {
        listeners.add(listener);
    }

    /** Removes a listener added with {@link #addListener}. */
    public void removeListener(Consumer<CorpusSession> listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Consumer<CorpusSession> l : listeners) {
            l.accept(this);
        }
    }
}
