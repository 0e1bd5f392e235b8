package org.attest.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.attest.cas.Segmenter;
import org.attest.model.Document;
import org.attest.model.GoldState;

/**
 * The Lucene documents of one corpus document under construction: its passages and annotations, each carrying the
 * document's id and the annotators' states so that one flat query combines them; its title, outlet, date and gold
 * are on its stamp only, once per document.
 */
final class IndexedDocument {

    /** Words with their offsets, so a hit shows exactly the words that matched. */
    static final FieldType WORDS_WITH_OFFSETS = wordsWithOffsets();

    private static final int PASSAGE = 1_000;

    private static final Map<String, Segmenter> SEGMENTERS = new ConcurrentHashMap<>();

    private final Document document;
    private final String text;
    private final String gold;
    private final Map<String, String> states;
    private final List<org.apache.lucene.document.Document> built = new ArrayList<>();
    // Lucene takes one Field instance in many documents of one update: these are made once per document
    private final List<IndexableField> metadata;
    private final Map<String, Field> stateFields = new HashMap<>();
    private final Field passageKind = new StringField(SearchFields.KIND, SearchFields.KIND_PASSAGE, Field.Store.NO);
    private final Field annotationKind = new StringField(SearchFields.KIND, SearchFields.KIND_ANNOTATION,
            Field.Store.NO);

    IndexedDocument(Document document, String text, GoldState gold, Map<String, String> states) {
        this.document = document;
        this.text = text;
        this.gold = gold == null ? "none" : Values.keyword(gold.getLiteral());
        this.states = states;
        this.metadata = metadata();
    }

    private static FieldType wordsWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** Returns the document's text. */
    String text() {
        return text;
    }

    /** Adds the document's text in passages of a paragraph (long paragraphs cut at a space). */
    void addPassages() {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end - start > PASSAGE) {
                end = cut(start);
            }
            if (!text.substring(start, end).isBlank()) {
                org.apache.lucene.document.Document passage = base(SearchFields.KIND_PASSAGE, start,
                        new java.util.TreeSet<>(states.values()));
                passage.add(new Field(SearchFields.TEXT, text.substring(start, end), WORDS_WITH_OFFSETS));
                passage.add(StoredHit.passage(start, end, text.substring(start, end)).field());
                if (built.isEmpty()) {
                    passage.add(new StringField(SearchFields.FIRST, "yes", Field.Store.NO));
                }
                built.add(passage);
            }
            start = end + 1;
        }
    }

    // Where a paragraph longer than a passage is cut: after its last sentence that ends in the second half of the
    // passage, by the sentence rules of the document's language (an abbreviation such as "Mr." ends no sentence), so
    // that no phrase within a sentence is cut in two (a phrase is found within one passage); else at the last space,
    // else at the passage's length.
    private int cut(int start) {
        int limit = start + PASSAGE;
        int sentence = segmenter(document.getLanguage()).lastSentenceEnd(text, start + PASSAGE / 2, limit);
        if (sentence > start) {
            return sentence;
        }
        for (int i = limit; i > start; i--) {
            if (text.charAt(i) == ' ') {
                return i;
            }
        }
        return limit;
    }

    // one segmenter per language, its rules shared by the threads that index; English for a code ICU refuses
    private static Segmenter segmenter(String language) {
        String key = language == null ? "" : language;
        return SEGMENTERS.computeIfAbsent(key, code -> {
            try {
                return new Segmenter(code);
            } catch (IllegalArgumentException e) {
                return new Segmenter();
            }
        });
    }

    /**
     * Starts the Lucene document of an annotation by {@code annotator} ("gold" for the gold) over [begin, end), with
     * its covered words and context; the caller adds its layer, label and features.
     */
    org.apache.lucene.document.Document annotation(String annotator, String layer, String label, int begin, int end) {
        String state = states.get(annotator);
        org.apache.lucene.document.Document d = base(SearchFields.KIND_ANNOTATION, begin,
                state == null ? Set.of() : Set.of(state));
        String covered = text.substring(begin, end);
        d.add(new Field(SearchFields.TEXT, covered, WORDS_WITH_OFFSETS));
        keyword(d, SearchFields.ANNOTATOR, annotator);
        keyword(d, SearchFields.LAYER, layer);
        if (label != null) {
            keyword(d, SearchFields.LABEL, label);
        }
        d.add(new StoredHit(begin, end, annotator, layer, label, Values.before(text, begin), Values.oneLine(covered),
                Values.after(text, end)).field());
        built.add(d);
        return d;
    }

    /** Adds {@code value} to {@code d} as a folded keyword of {@code field}. */
    static void keyword(org.apache.lucene.document.Document d, String field, String value) {
        d.add(new StringField(field, Values.keyword(value), Field.Store.NO));
    }

    /** Adds the stamp that tells whether this document's index is up to date. */
    void addStamp(String stamp) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(SearchFields.KIND, SearchFields.KIND_STAMP, Field.Store.NO));
        metadata.forEach(d::add);
        // first in the document's block of Lucene documents, which the index sorts by id, then offset (DocumentBlocks)
        d.add(new NumericDocValuesField(SearchFields.BEGIN, -1));
        // a doc value, which the stamps of every document are read from at each search without decompressing anything
        d.add(new BinaryDocValuesField(SearchFields.STAMP, new BytesRef(stamp)));
        // title, outlet, date and gold only here: a query on them finds the documents first (DocumentJoin)
        Long day = Values.day(document.getPublicationDate());
        if (day != null) {
            d.add(new LongPoint(SearchFields.DATE, day));
        }
        keyword(d, SearchFields.GOLD, gold);
        d.add(new StringField(SearchFields.GOLD, "curated".equals(gold) ? "yes" : "no", Field.Store.NO));
        if (document.getTitle() != null) {
            d.add(new TextField(SearchFields.TITLE, document.getTitle(), Field.Store.NO));
        }
        if (document.getOutlet() != null) {
            d.add(new TextField(SearchFields.OUTLET, document.getOutlet(), Field.Store.NO));
        }
        built.add(d);
    }

    /** Returns the Lucene documents built. */
    List<org.apache.lucene.document.Document> built() {
        return built;
    }

    private org.apache.lucene.document.Document base(String kind, int begin, Set<String> stateValues) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(SearchFields.KIND_PASSAGE.equals(kind) ? passageKind : annotationKind);
        metadata.forEach(d::add);
        d.add(new NumericDocValuesField(SearchFields.BEGIN, begin));
        for (String state : stateValues) {
            d.add(stateFields.computeIfAbsent(state,
                    s -> new StringField(SearchFields.STATE, Values.keyword(s), Field.Store.NO)));
        }
        return d;
    }

    // the document's id, which every Lucene document of it carries (sortable too): made once, added to each
    private List<IndexableField> metadata() {
        return List.of(new StringField(SearchFields.DOC, document.getId(), Field.Store.YES),
                new SortedDocValuesField(SearchFields.DOC, new BytesRef(document.getId())));
    }
}
