package org.attest.sync.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a path of a corpus repository is, read from the layout: which part of the corpus it holds, and the document,
 * annotator or registry entry it belongs to.
 *
 * @param path the path relative to the corpus folder, with '/' separators
 * @param kind what the file holds
 * @param document the document it belongs to, or null
 * @param name the annotator (for CAS files and annotator records) or the entity or cluster id, or null
 */
public record CorpusPath(String path, Kind kind, String document, String name) {

    /** The kinds of files a corpus holds; each has one writer, and a rule for when two people changed it anyway. */
    public enum Kind {
        /** corpus.xmi: the corpus's name and format. */
        HEADER,
        /** schema.xmi: the annotation schema. */
        SCHEMA,
        /** annotators/NAME.xmi: an annotator and their state on each document. */
        ANNOTATOR,
        /** registry/entities/ID.xmi: one entity of the registry. */
        ENTITY,
        /** registry/clusters/ID.xmi: one claim cluster. */
        CLUSTER,
        /** documents/ID/document.xmi: a document's metadata. */
        DOCUMENT,
        /**
         * documents/ID/text.txt: a document's immutable text, and documents/ID/tokens.txt: the tokens its source fixed,
         * written with it.
         */
        TEXT,
        /** documents/ID/annotations/NAME.bcas: an annotator's annotations of a document. */
        CAS,
        /** documents/ID/gold.bcas: the curated gold of a document. */
        GOLD,
        /** documents/ID/curation.xmi: the reviewer's decisions, hold and gold state of a document. */
        RECORD,
        /** anything else, such as a README the team added. */
        OTHER
    }

    private static final Pattern ANNOTATOR = Pattern.compile("annotators/([^/]+)\\.xmi");
    private static final Pattern ENTITY = Pattern.compile("registry/entities/([^/]+)\\.xmi");
    private static final Pattern CLUSTER = Pattern.compile("registry/clusters/([^/]+)\\.xmi");
    private static final Pattern IN_DOCUMENT = Pattern.compile("documents/([^/]+)/(.+)");
    private static final Pattern CAS = Pattern.compile("annotations/([^/]+)\\.bcas");

    /** Classifies {@code path}, relative to the corpus folder with '/' separators. */
    public static CorpusPath of(String path) {
        if ("corpus.xmi".equals(path)) {
            return new CorpusPath(path, Kind.HEADER, null, null);
        }
        if ("schema.xmi".equals(path)) {
            return new CorpusPath(path, Kind.SCHEMA, null, null);
        }
        Matcher m = ANNOTATOR.matcher(path);
        if (m.matches()) {
            return new CorpusPath(path, Kind.ANNOTATOR, null, m.group(1));
        }
        m = ENTITY.matcher(path);
        if (m.matches()) {
            return new CorpusPath(path, Kind.ENTITY, null, m.group(1));
        }
        m = CLUSTER.matcher(path);
        if (m.matches()) {
            return new CorpusPath(path, Kind.CLUSTER, null, m.group(1));
        }
        m = IN_DOCUMENT.matcher(path);
        if (m.matches()) {
            String document = m.group(1);
            String rest = m.group(2);
            Matcher cas = CAS.matcher(rest);
            if (cas.matches()) {
                return new CorpusPath(path, Kind.CAS, document, cas.group(1));
            }
            Kind kind = switch (rest) {
                case "document.xmi" -> Kind.DOCUMENT;
                case "text.txt", "tokens.txt" -> Kind.TEXT;
                case "gold.bcas" -> Kind.GOLD;
                case "curation.xmi" -> Kind.RECORD;
                default -> Kind.OTHER;
            };
            return new CorpusPath(path, kind, document, null);
        }
        return new CorpusPath(path, Kind.OTHER, null, null);
    }

    /** Returns whether the file holds part of a document's curation (its gold or its record), which go together. */
    public boolean curation() {
        return kind == Kind.GOLD || kind == Kind.RECORD;
    }
}
