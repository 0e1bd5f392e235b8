package org.attest.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attest.model.AnnotationState;
import org.attest.model.Annotator;
import org.attest.model.AnnotatorRecord;
import org.attest.model.ClaimCluster;
import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.DocumentProgress;
import org.attest.model.Entity;
import org.attest.model.persist.CorpusModelException;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.model.persist.CorpusPartsFormat;
import org.attest.store.CorpusException;
import org.attest.store.fs.Transaction;

/**
 * The corpus model as files with one writer each: {@code corpus.xmi} (the header), {@code schema.xmi},
 * {@code annotators/NAME.xmi}, {@code documents/ID/document.xmi}, {@code registry/entities/ID.xmi} and
 * {@code registry/clusters/ID.xmi}; assembles them into one model in memory and turns changes back into files.
 */
final class ModelFiles {

    /** The file extension of every model part. */
    static final String XMI = ".xmi";

    private final CorpusLayout layout;
    // State entries of documents this corpus does not hold (yet): kept so that saving an annotator's record never drops
    // them.
    private final Map<String, List<DocumentProgress>> unplaced = new HashMap<>();

    ModelFiles(CorpusLayout layout) {
        this.layout = layout;
    }

    /** Returns the state entries, per annotator, that name a document the corpus does not hold. */
    Map<String, List<DocumentProgress>> unplaced() {
        return unplaced;
    }

    /**
     * Completes {@code header} (read from corpus.xmi) with the schema, annotators, documents, states, entities and
     * clusters.
     */
    Corpus read(Corpus header) throws CorpusException {
        header.setSchema(parse(layout.schema(),
                () -> CorpusModelFormat.readSchema(read(layout.schema()), layout.schema().toString())));
        ModelCache cache = ModelCache.read(layout.cache().resolve("model.bin"));
        Map<String, AnnotatorRecord> records = new LinkedHashMap<>();
        for (Path file : PartFolders.parts(layout.annotators())) {
            AnnotatorRecord record = cached(cache, file, ModelCache.stamp(file), PartCodec::annotator,
                    PartCodec::annotator,
                    () -> CorpusPartsFormat.readAnnotatorRecord(read(file), file.toString()));
            PartFolders.requireNamed(file, record.getAnnotator().getName(), "annotator");
            records.put(record.getAnnotator().getName(), record);
        }
        List<Document> documents = new ArrayList<>();
        // each entry is checked to be a folder on the threads that read them, not one after another here
        for (Document document : PartReads.inOrder(PartFolders.entries(layout.documents()),
                folder -> document(cache, folder))) {
            if (document != null) {
                documents.add(document);
            }
        }
        documents.sort(Comparator.comparing(Document::getImported, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Document::getId));
        header.getDocuments().addAll(documents);
        Map<String, Document> byId = new HashMap<>();
        documents.forEach(d -> byId.put(d.getId(), d));
        for (AnnotatorRecord record : records.values()) {
            place(header, record, byId);
        }
        for (Path file : PartFolders.parts(layout.entities())) {
            Entity entity = cached(cache, file, ModelCache.stamp(file), PartCodec::entity, PartCodec::entity,
                    () -> CorpusPartsFormat.readEntity(read(file), file.toString()));
            PartFolders.requireNamed(file, entity.getId(), "entity");
            header.getEntities().add(entity);
        }
        for (Path file : PartFolders.parts(layout.clusters())) {
            ClaimCluster cluster = cached(cache, file, ModelCache.stamp(file), PartCodec::cluster, PartCodec::cluster,
                    () -> CorpusPartsFormat.readCluster(read(file), file.toString()));
            PartFolders.requireNamed(file, cluster.getId(), "claim cluster");
            header.getClaimClusters().add(cluster);
        }
        cache.save();
        return header;
    }

    // The document whose folder is {@code folder}, null when the folder holds no document file.
    private Document document(ModelCache cache, Path folder) throws CorpusException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path file = layout.documentFile(folder.getFileName().toString());
        // one question to the file system tells that the file is there and whether the cache knows it
        ModelCache.Stamp stamp = ModelCache.stamp(file);
        if (stamp == null) {
            return null;
        }
        Document document = cached(cache, file, stamp, PartCodec::document, PartCodec::document,
                () -> CorpusPartsFormat.readDocument(read(file), file.toString()));
        PartFolders.requireNamed(folder, document.getId(), "document");
        return document;
    }

    // Adds an annotator and turns their record's entries into the states of the documents; keeps those of absent
    // documents.
    private void place(Corpus corpus, AnnotatorRecord record, Map<String, Document> byId) {
        Annotator annotator = record.getAnnotator();
        corpus.getAnnotators().add(annotator);
        for (DocumentProgress progress : List.copyOf(record.getProgress())) {
            Document document = byId.get(progress.getDocument());
            if (document == null) {
                unplaced.computeIfAbsent(annotator.getName(), k -> new ArrayList<>()).add(progress);
                continue;
            }
            AnnotationState state = CorpusFactory.eINSTANCE.createAnnotationState();
            state.setAnnotator(annotator);
            state.setState(progress.getState());
            state.setUpdated(progress.getUpdated());
            document.getStates().add(state);
        }
    }

    // The part in file, from the cache when the file is the one cached, else parsed (and cached for the next open).
    // The file's stamp, taken by the caller, is null when it has none.
    private <T> T cached(ModelCache cache, Path file, ModelCache.Stamp stamp,
            java.util.function.Function<org.attest.store.cache.Decoder, T> decode,
            java.util.function.BiConsumer<org.attest.store.cache.Encoder, T> encode, Parser<T> parser)
            throws CorpusException {
        String key = layout.dir().relativize(file).toString();
        byte[] payload = stamp == null ? null : cache.payload(key, stamp);
        if (payload != null) {
            try {
                return decode.apply(new org.attest.store.cache.Decoder(payload, 0, payload.length));
            } catch (IllegalArgumentException damaged) {
                // parse the file instead
            }
        }
        T part = parse(file, parser);
        if (stamp != null) {
            org.attest.store.cache.Encoder out = new org.attest.store.cache.Encoder();
            encode.accept(out, part);
            cache.put(key, stamp, out.toByteArray());
        }
        return part;
    }

    /**
     * Returns the files to write for {@code changes} of {@code corpus}, with their content, and the files to delete.
     */
    Writes writes(Corpus corpus, ModelChanges changes) throws IOException {
        Map<Path, byte[]> write = new LinkedHashMap<>();
        List<Path> delete = new ArrayList<>();
        if (changes.schema()) {
            write.put(layout.schema(), CorpusModelFormat.writeSchema(corpus.getSchema()));
        }
        for (Document document : changes.documents()) {
            if (document.eContainer() == corpus) {
                write.put(layout.documentFile(document.getId()), CorpusPartsFormat.writeDocument(document));
            }
        }
        for (String name : changes.annotators()) {
            Annotator annotator = corpus.getAnnotators().stream().filter(a -> name.equals(a.getName())).findFirst()
                    .orElse(null);
            if (annotator == null) {
                delete.add(layout.annotatorFile(name));
            } else {
                write.put(layout.annotatorFile(name),
                        CorpusPartsFormat.writeAnnotatorRecord(record(corpus, annotator)));
            }
        }
        for (String id : changes.entities()) {
            Entity entity = corpus.getEntities().stream().filter(e -> id.equals(e.getId())).findFirst().orElse(null);
            if (entity == null) {
                delete.add(layout.entityFile(id));
            } else {
                write.put(layout.entityFile(id), CorpusPartsFormat.writeEntity(entity));
            }
        }
        for (String id : changes.clusters()) {
            ClaimCluster cluster = corpus.getClaimClusters().stream().filter(c -> id.equals(c.getId())).findFirst()
                    .orElse(null);
            if (cluster == null) {
                delete.add(layout.clusterFile(id));
            } else {
                write.put(layout.clusterFile(id), CorpusPartsFormat.writeCluster(cluster));
            }
        }
        if (changes.header()) {
            write.put(layout.model(), CorpusPartsFormat.writeHeader(corpus));
        }
        return new Writes(write, delete);
    }

    /** Returns every file of the split model of {@code corpus}, with its content, as a migration writes them. */
    Writes all(Corpus corpus) throws IOException {
        ModelChanges everything = new ModelChanges();
        for (Annotator a : corpus.getAnnotators()) {
            everything.annotators().add(a.getName());
        }
        everything.documents().addAll(corpus.getDocuments());
        corpus.getEntities().forEach(e -> everything.entities().add(e.getId()));
        corpus.getClaimClusters().forEach(c -> everything.clusters().add(c.getId()));
        Writes parts = writes(corpus, everything);
        Map<Path, byte[]> write = new LinkedHashMap<>();
        write.put(layout.schema(), CorpusModelFormat.writeSchema(corpus.getSchema()));
        write.putAll(parts.write());
        return new Writes(write, List.of());
    }

    /**
     * Writes and deletes the files of {@code writes} all together or not at all, as {@code operation} in a recovery
     * note.
     */
    void publish(Writes writes, String operation) throws IOException {
        // one file goes through a transaction too: a plain replace cannot be undone when the folder sync after it fails
        if (!writes.write().isEmpty() || !writes.delete().isEmpty()) {
            try (Transaction transaction = Transaction.begin(layout.dir(), operation)) {
                stage(writes, transaction);
                transaction
                        .summary((writes.write().size() + writes.delete().size()) + " files of the corpus model saved");
                transaction.commit();
            }
        }
    }

    /** Adds the files of {@code writes} to {@code transaction}. */
    static void stage(Writes writes, Transaction transaction) throws IOException {
        for (Map.Entry<Path, byte[]> entry : writes.write().entrySet()) {
            transaction.write(entry.getKey(), entry.getValue());
        }
        for (Path file : writes.delete()) {
            transaction.delete(file);
        }
    }

    /** Builds the record file of {@code annotator}: the annotator and their state on each document, in corpus order. */
    AnnotatorRecord record(Corpus corpus, Annotator annotator) {
        AnnotatorRecord record = CorpusFactory.eINSTANCE.createAnnotatorRecord();
        record.setAnnotator(CorpusPartsFormat.copy(annotator));
        for (Document document : corpus.getDocuments()) {
            for (AnnotationState state : document.getStates()) {
                if (state.getAnnotator() == annotator) {
                    DocumentProgress progress = CorpusFactory.eINSTANCE.createDocumentProgress();
                    progress.setDocument(document.getId());
                    progress.setState(state.getState());
                    progress.setUpdated(state.getUpdated());
                    record.getProgress().add(progress);
                }
            }
        }
        for (DocumentProgress kept : unplaced.getOrDefault(annotator.getName(), List.of())) {
            record.getProgress().add(CorpusPartsFormat.copy(kept));
        }
        return record;
    }

    /**
     * The files one save writes and deletes.
     *
     * @param write each file with its new content, in writing order
     * @param delete the files that must go
     */
    record Writes(Map<Path, byte[]> write, List<Path> delete) {
    }

    private interface Parser<T> {

        T parse() throws CorpusModelException, CorpusException;
    }

    private static <T> T parse(Path file, Parser<T> parser) throws CorpusException {
        try {
            return parser.parse();
        } catch (CorpusModelException e) {
            throw new CorpusException(e.getMessage(), e);
        }
    }

    /** Reads a file of the model, naming it when it cannot be read. */
    private byte[] read(Path file) throws CorpusException {
        return CorpusFiles.read(layout.dir(), file);
    }
}
