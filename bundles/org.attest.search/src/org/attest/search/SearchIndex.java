package org.attest.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index of one corpus in its folder {@code .attest/index/}: opened when it is usable, emptied when it is
 * damaged or of another version, kept in memory when the folder cannot be used; a large update is one commit, small
 * ones (saves in a row) are searchable at once and committed when they pause, by a writer that holds Lucene's lock
 * only while it writes.
 */
final class SearchIndex implements AutoCloseable {

    private static final String VERSION_KEY = "attest.search";

    /** An update of at most this many documents (a save, a decision) goes to the writer kept open. */
    static final int SMALL_UPDATE = 8;

    // Lucene tells on java.util.logging which memory mapping and vector support it found: nothing for a user to act on,
    // so only its severe messages pass (the logger is held here, or the setting would go with it)
    static final java.util.logging.Logger LUCENE = quiet(java.util.logging.Logger.getLogger("org.apache.lucene"));

    private final Directory directory;
    private final String version;
    private final Consumer<String> warnings;
    private final OpenWriter open;
    private DirectoryReader reader;
    private boolean nearRealTime;

    private SearchIndex(Directory directory, String version, Consumer<String> warnings) {
        this.directory = directory;
        this.version = version;
        this.warnings = warnings;
        this.open = new OpenWriter(directory, Map.of(VERSION_KEY, version), warnings);
    }

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /**
     * Opens the index in {@code folder} made for {@code version} (the index format and the schema); an index that is
     * damaged or of another version is emptied, a folder that is a link or cannot be used is replaced by an index in
     * memory, each said in {@code warnings}.
     */
    static SearchIndex open(Path folder, String version, Consumer<String> warnings) {
        try {
            IndexFolder.prepare(folder);
        } catch (IOException e) {
            warnings.accept("the search index cannot be kept in " + folder + " (" + e.getMessage()
                    + "); this search builds it in memory");
            return inMemory(version, warnings);
        }
        SearchIndex index;
        try {
            index = new SearchIndex(FSDirectory.open(folder), version, warnings);
        } catch (IOException e) {
            warnings.accept("the search index in " + folder + " cannot be opened (" + e.getMessage()
                    + "); this search builds it in memory");
            return inMemory(version, warnings);
        }
        index.load(folder);
        return index;
    }

    private static SearchIndex inMemory(String version, Consumer<String> warnings) {
        SearchIndex index = new SearchIndex(new ByteBuffersDirectory(), version, warnings);
        return index;
    }

    private void load(Path folder) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return;
            }
            DirectoryReader opened = DirectoryReader.open(directory);
            if (version.equals(opened.getIndexCommit().getUserData().get(VERSION_KEY))) {
                reader = opened;
                return;
            }
            opened.close();
        } catch (IOException | RuntimeException e) {
            warnings.accept("the search index in " + folder + " is damaged (" + e.getMessage() + "); it is rebuilt");
            IndexFolder.wipe(folder, warnings);
        }
        empty();
    }

    // an index of another version or a damaged one is emptied, to be filled again from the corpus
    private void empty() {
        try (IndexWriter writer = new IndexWriter(directory,
                WriterConfigs.build().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            writer.setLiveCommitData(Map.of(VERSION_KEY, version).entrySet());
            writer.commit();
        } catch (IOException | RuntimeException e) {
            warnings.accept("the search index cannot be emptied (" + e.getMessage() + ")");
        }
    }

    /** Returns the stamp each indexed document was indexed with, by document id. */
    Map<String, String> stamps() {
        return reader == null ? new HashMap<>() : IndexedStamps.read(reader, warnings);
    }

    /**
     * Replaces the documents of each id in {@code updated} by their new Lucene documents and removes those of each id
     * in {@code removed}; returns whether it was written. A small update (a save, a decision) goes to the writer kept
     * open over a run of them and is searchable at once, committed when the run pauses ({@link OpenWriter}); a large
     * one is one commit of its own.
     */
    boolean update(Map<String, List<Document>> updated, Collection<String> removed) {
        if (updated.isEmpty() && removed.isEmpty()) {
            return true;
        }
        boolean small = updated.size() + removed.size() <= SMALL_UPDATE && reader != null;
        if (!small) {
            // a large update is one commit of its own, which may merge any segments
            if (!open.commit()) {
                return false;
            }
            return write(updated, removed);
        }
        try {
            IndexWriter writer = open.writer(WriterConfigs::smallUpdates);
            apply(writer, updated, removed);
            DirectoryReader changed = DirectoryReader.openIfChanged(reader, writer);
            if (changed != null) {
                reader.close();
                reader = changed;
                nearRealTime = true;
            }
            open.later();
            return true;
        } catch (LockObtainFailedException e) {
            return failed(e);
        } catch (IOException | RuntimeException e) {
            open.commit();
            return failed(e);
        }
    }

    private static void apply(IndexWriter writer, Map<String, List<Document>> updated, Collection<String> removed)
            throws IOException {
        for (Map.Entry<String, List<Document>> entry : updated.entrySet()) {
            writer.updateDocuments(new Term(SearchFields.DOC, entry.getKey()), entry.getValue());
        }
        for (String id : removed) {
            writer.deleteDocuments(new Term(SearchFields.DOC, id));
        }
    }

    // one commit of its own, by a writer opened for it
    private boolean write(Map<String, List<Document>> updated, Collection<String> removed) {
        try (IndexBatch batch = batch()) {
            if (batch == null) {
                return false;
            }
            for (Map.Entry<String, List<Document>> entry : updated.entrySet()) {
                batch.put(entry.getKey(), entry.getValue());
            }
            for (String id : removed) {
                batch.remove(id);
            }
            return commit(batch);
        } catch (IOException | RuntimeException e) {
            return failed(e);
        }
    }

    /**
     * Starts a large update, committing the small ones pending first; null when the index cannot be written now, which
     * the warnings then say.
     */
    IndexBatch batch() {
        if (!open.commit()) {
            return null;
        }
        try {
            return new IndexBatch(new IndexWriter(directory, WriterConfigs.build()), Map.of(VERSION_KEY, version));
        } catch (IOException | RuntimeException e) {
            failed(e);
            return null;
        }
    }

    /** Commits {@code batch} and reads the index again; returns whether it was written (else the warnings say why). */
    boolean commit(IndexBatch batch) {
        try {
            batch.commit();
        } catch (IOException | RuntimeException e) {
            return failed(e);
        }
        reopen();
        return true;
    }

    /** Says in the warnings why an update of the index failed; returns false. */
    boolean failed(Exception e) {
        if (e instanceof LockObtainFailedException) {
            warnings.accept("another program is updating the search index; these results may miss recent changes");
        } else {
            warnings.accept("the search index could not be updated (" + e.getMessage()
                    + "); these results may miss recent changes, and the next search updates it again");
        }
        return false;
    }

    private void reopen() {
        try {
            if (reader == null) {
                reader = DirectoryReader.open(directory);
            } else if (nearRealTime) {
                // a reader from a writer since closed is not reopened through it: the directory's last commit is read
                DirectoryReader committed = DirectoryReader.open(directory);
                reader.close();
                reader = committed;
                nearRealTime = false;
            } else {
                DirectoryReader changed = DirectoryReader.openIfChanged(reader);
                if (changed != null) {
                    reader.close();
                    reader = changed;
                }
            }
        } catch (IOException e) {
            warnings.accept("the search index cannot be read again (" + e.getMessage() + ")");
        }
    }

    /** Returns a searcher of the index as last updated, or null when the index holds nothing yet. */
    IndexSearcher searcher() {
        return reader == null ? null : new IndexSearcher(reader);
    }

    /** Closes the index. */
    @Override
    public void close() {
        open.close();
        try {
            if (reader != null) {
                reader.close();
            }
            directory.close();
        } catch (IOException e) {
            warnings.accept("the search index could not be closed (" + e.getMessage() + ")");
        }
    }
}
