package org.attest.ui.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.attest.core.CorpusException;
import org.attest.core.store.CorpusStore;

/** The corpus the workbench is showing; views listen to it instead of reaching for a static singleton. */
public final class CorpusSession {

    private final List<Consumer<CorpusSession>> listeners = new CopyOnWriteArrayList<>();
    private CorpusStore store;

    /** Returns the open corpus, if any. */
    public Optional<CorpusStore> store() {
        return Optional.ofNullable(store);
    }

    /** Opens the corpus in {@code dir} for reading, replacing the current one, and notifies the listeners. */
    public void open(Path dir) throws CorpusException {
        CorpusStore next = CorpusStore.open(dir, CorpusStore.Mode.READ, "Attest workbench");
        CorpusStore previous = store;
        store = next;
        if (previous != null) {
            previous.close();
        }
        InitialCorpus.remember(dir);
        fire();
    }

    /** Re-reads the open corpus from disk, for changes made by the command line or another program. */
    public void refresh() throws CorpusException {
        if (store != null) {
            open(store.layout().dir());
        }
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
