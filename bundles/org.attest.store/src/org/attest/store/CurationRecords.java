package org.attest.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.attest.model.CurationRecord;
import org.attest.model.Document;
import org.attest.model.GoldState;
import org.attest.model.persist.CorpusModelException;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.store.CorpusException;

/**
 * Reads the documents' curation records ({@code documents/ID/curation.xmi}), where reviewers keep decisions, hold and
 * gold state.
 */
public final class CurationRecords {

    private final CorpusLayout layout;
    private final boolean modelStates;
    // A record's gold state, remembered with the file's size and time so that asking again needs one stat.
    private final Map<String, Known> states = new ConcurrentHashMap<>();

    private record Known(long size, FileTime modified, GoldState state) {
    }

    /** Creates the reader of the records of the corpus laid out by {@code layout}. */
    public CurationRecords(CorpusLayout layout) {
        this(layout, false);
    }

    /**
     * Creates the reader of the records of the corpus laid out by {@code layout}; with {@code modelStates} (a corpus of
     * format 1 opened read-only) gold states are those its model keeps, not its records'.
     */
    CurationRecords(CorpusLayout layout, boolean modelStates) {
        this.layout = layout;
        this.modelStates = modelStates;
    }

    /** Returns the record of {@code document}, or nothing when its curation has not started. */
    public Optional<CurationRecord> read(Document document) throws CorpusException {
        Path file = layout.curationRecord(document.getId());
        try {
            if (!org.attest.store.fs.PathGuard.isFile(layout.dir(), file)) {
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new CorpusException(e.getMessage(), e);
        }
        return Optional.of(parse(document, file, CorpusFiles.read(layout.dir(), file)));
    }

    /**
     * Returns the gold state of {@code document}'s record held in {@code bytes}, the content of its file as the caller
     * read it, refusing a record of another document.
     */
    public GoldState state(Document document, byte[] bytes) throws CorpusException {
        if (modelStates) {
            return modelState(document);
        }
        return state(parse(document, layout.curationRecord(document.getId()), bytes));
    }

    private static CurationRecord parse(Document document, Path file, byte[] bytes) throws CorpusException {
        try {
            CurationRecord record = CorpusModelFormat.readCurationRecord(bytes, file.toString());
            if (!document.getId().equals(record.getDocument())) {
                throw new CorpusException(
                        file + " is the curation record of document '" + record.getDocument() + "', not of '"
                                + document.getId() + "'; it was copied from another document: move it back");
            }
            return record;
        } catch (CorpusModelException e) {
            throw new CorpusException(e.getMessage(), e);
        }
    }

    /** Returns the gold state {@code document}'s record holds: NONE without a record. */
    public GoldState state(Document document) throws CorpusException {
        if (modelStates) {
            return modelState(document);
        }
        Path file = layout.curationRecord(document.getId());
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            states.remove(document.getId());
            return GoldState.NONE;
        } catch (IOException e) {
            throw new CorpusException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Known known = states.get(document.getId());
        if (known != null && known.size() == attributes.size()
                && known.modified().equals(attributes.lastModifiedTime())) {
            return known.state();
        }
        GoldState state = read(document).map(CurationRecords::state).orElse(GoldState.NONE);
        states.put(document.getId(), new Known(attributes.size(), attributes.lastModifiedTime(), state));
        return state;
    }

    /** Returns the gold state of {@code document} whose record, as just read, is {@code record}. */
    public GoldState state(Document document, CurationRecord record) {
        return modelStates ? modelState(document) : state(record);
    }

    private static GoldState modelState(Document document) {
        return document.getGoldState() == null ? GoldState.NONE : document.getGoldState();
    }

    /**
     * Returns the gold state {@code record} holds; a record with decisions but no state (written before states moved
     * here) is in curation.
     */
    public static GoldState state(CurationRecord record) {
        GoldState state = record.getState() == null ? GoldState.NONE : record.getState();
        return state == GoldState.NONE && !record.getDecisions().isEmpty() ? GoldState.IN_CURATION : state;
    }
}
