package org.attest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attest.cas.CasFactory;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/**
 * What one benchmark size works on: the synthetic corpus, its .txt files, a folder for the corpus the import creates,
 * the documents sampled for per-document operations and the plain UIMA baselines on the same type system.
 */
public final class Workload implements AutoCloseable {

    private final SyntheticCorpus corpus;
    private final Path dir;
    private final Path texts;
    private final int samples;
    private final int rounds;
    private final Stage stage;
    private final CasFactory factory;
    private final PlainUima plain;
    private CorpusStore store;

    /**
     * Where a size stands in a run: whether the run is {@code --quick}, whether this is its first (smallest) size and
     * whether its last.
     *
     * @param quick whether the run is {@code --quick}
     * @param first whether this is the run's first size
     * @param last whether this is the run's last size
     */
    public record Stage(boolean quick, boolean first, boolean last) {

        /** The only size of a full run. */
        public static final Stage ALONE = new Stage(false, true, true);
    }

    /** Writes the texts of {@code corpus} into {@code dir}/texts (not timed); {@code samples} documents are sampled. */
    public Workload(SyntheticCorpus corpus, Path dir, int samples, int rounds) throws IOException {
        this(corpus, dir, samples, rounds, Stage.ALONE);
    }

    /**
     * Writes the texts of {@code corpus} into {@code dir}/texts (not timed) for a size at {@code stage} of its run;
     * {@code samples} documents are sampled.
     */
    public Workload(SyntheticCorpus corpus, Path dir, int samples, int rounds, Stage stage) throws IOException {
        this.stage = stage;
        this.corpus = corpus;
        this.dir = Files.createDirectories(dir);
        this.texts = dir.resolve("texts");
        this.samples = Math.min(samples, corpus.size());
        this.rounds = rounds;
        this.factory = new CasFactory(DefaultSchema.create());
        this.plain = new PlainUima(factory.typeSystem());
        corpus.writeTexts(texts, corpus.size());
    }

    /** Returns the synthetic corpus. */
    public SyntheticCorpus corpus() {
        return corpus;
    }

    /** Returns the number of documents. */
    public int size() {
        return corpus.size();
    }

    /** Returns the scratch folder of this size. */
    public Path dir() {
        return dir;
    }

    /** Returns the folder holding the generated .txt files. */
    public Path texts() {
        return texts;
    }

    /** Returns the folder of the Attest corpus that the import creates. */
    public Path corpusDir() {
        return dir.resolve("corpus");
    }

    /** Returns where this size stands in its run. */
    public Stage stage() {
        return stage;
    }

    /** Returns how many times each per-document operation is repeated over the sample. */
    public int rounds() {
        return rounds;
    }

    /** Returns the indexes of the sampled documents, spread evenly over the corpus. */
    public List<Integer> sample() {
        List<Integer> indexes = new ArrayList<>(samples);
        for (int i = 0; i < samples; i++) {
            indexes.add((int) ((long) i * corpus.size() / samples));
        }
        return indexes;
    }

    /** Returns a CAS factory of the default schema, for building CASes outside the corpus. */
    public CasFactory factory() {
        return factory;
    }

    PlainUima plain() {
        return plain;
    }

    /** Returns the imported corpus, opened for writing on first use; the import measurement must have run. */
    public CorpusStore store() throws CorpusException {
        if (store == null) {
            store = CorpusStore.open(corpusDir(), CorpusStore.Mode.WRITE, "bench");
        }
        return store;
    }

    /** Closes the corpus opened by {@link #store()}, so another process may write it; the next call opens it again. */
    public void releaseStore() throws CorpusException {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    /** Releases the corpus lock. */
    @Override
    public void close() throws CorpusException {
        if (store != null) {
            store.close();
        }
    }
}
