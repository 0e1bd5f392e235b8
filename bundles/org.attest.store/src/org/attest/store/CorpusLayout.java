package org.attest.store;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.attest.cas.CasFormat;
import org.attest.cas.TypeSystemFile;
import org.attest.model.persist.CorpusModelFormat;

/** Where each file of a corpus folder lives; the single place that knows the on-disk layout. */
public record CorpusLayout(Path dir) {

    /** The name reserved for the curated gold annotation set. */
    public static final String GOLD = "gold";

    /** Characters allowed in document ids and annotator names, so they are safe file names on every system. */
    public static final Pattern SAFE_NAME = CorpusNames.SAFE;

    /** Returns the corpus model file. */
    public Path model() {
        return dir.resolve(CorpusModelFormat.FILE_NAME);
    }

    /** Returns the schema file: the layers, features and tagsets, changed only by applying a new schema. */
    public Path schema() {
        return dir.resolve("schema.xmi");
    }

    /** Returns the folder of the type system files: one per type system the corpus's CAS files were written with. */
    public Path typeSystems() {
        return dir.resolve("typesystems");
    }

    /** Returns the type system file {@code id}, written once and never changed, named by the SHA-256 of its content. */
    public Path typeSystem(String id) {
        if (!TypeSystemFile.ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not the id of a type system file");
        }
        return typeSystems().resolve(id + "." + TypeSystemFile.EXTENSION);
    }

    /** Returns the metadata file of document {@code id}, written once by the import that added it. */
    public Path documentFile(String id) {
        return document(id).resolve("document.xmi");
    }

    /** Returns the folder of the annotators' records. */
    public Path annotators() {
        return dir.resolve("annotators");
    }

    /**
     * Returns the record of annotator {@code name}: who they are and their state on each document; only they write it.
     */
    public Path annotatorFile(String name) {
        return annotators().resolve(CorpusNames.safe("annotator name", name) + ".xmi");
    }

    /** Returns the folder of the entity registry, one file per entity. */
    public Path entities() {
        return dir.resolve("registry").resolve("entities");
    }

    /** Returns the file of entity {@code id}. */
    public Path entityFile(String id) {
        return entities().resolve(CorpusNames.safe("entity id", id) + ".xmi");
    }

    /** Returns the folder of the claim clusters, one file per cluster. */
    public Path clusters() {
        return dir.resolve("registry").resolve("clusters");
    }

    /** Returns the file of claim cluster {@code id}. */
    public Path clusterFile(String id) {
        return clusters().resolve(CorpusNames.safe("claim cluster id", id) + ".xmi");
    }

    /** Returns the curation record of document {@code id}: its reviewer's decisions, hold and gold state. */
    public Path curationRecord(String id) {
        return document(id).resolve("curation.xmi");
    }

    /** Returns Attest's private folder (lock, staging area, caches). */
    public Path privateDir() {
        return dir.resolve(".attest");
    }

    /** Returns the staging folder where an import prepares files before publishing them. */
    public Path staging() {
        return privateDir().resolve("staging");
    }

    /** Returns the folder of caches: files derived from the corpus that Attest checks before use and may rebuild. */
    public Path cache() {
        return privateDir().resolve("cache");
    }

    /** Returns the folder holding one sub-folder per document. */
    public Path documents() {
        return dir.resolve("documents");
    }

    /** Returns the folder of document {@code id}. */
    public Path document(String id) {
        return documents().resolve(CorpusNames.safe("document id", id));
    }

    /** Returns the immutable text of document {@code id}. */
    public Path text(String id) {
        return document(id).resolve("text.txt");
    }

    /** Returns the sentences and tokens the source of document {@code id} fixed, when it fixed any. */
    public Path tokens(String id) {
        return document(id).resolve(TokenFile.NAME);
    }

    /** Returns the folder of the per-annotator CAS files of document {@code id}. */
    public Path annotations(String id) {
        return document(id).resolve("annotations");
    }

    /** Returns the CAS file of {@code annotator} for document {@code id}. */
    public Path cas(String id, String annotator) {
        return annotations(id).resolve(CorpusNames.safe("annotator name", annotator) + "." + CasFormat.EXTENSION);
    }

    /** Returns the curated gold CAS of document {@code id}. */
    public Path gold(String id) {
        return document(id).resolve(GOLD + "." + CasFormat.EXTENSION);
    }

    /** Checks that {@code name} can be used as an annotator name, explaining the rule when it cannot. */
    public static String checkAnnotatorName(String name) {
        CorpusNames.check("annotator name", name);
        if (GOLD.equalsIgnoreCase(name)) {
            throw new IllegalArgumentException(
                    "'" + name + "' is reserved for the curated gold standard; choose another annotator name");
        }
        return name;
    }
}
