package org.attest.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.attest.core.parallel.OrderedPipeline;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.registry.NameFolding;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/** Searches one corpus through its index in .attest/index/, bringing the index up to date first. */
public final class CorpusSearch implements AutoCloseable {

    /** How many hits a search counts before its total becomes a lower bound. */
    public static final int COUNT_UP_TO = 10_000;

    // 5: long paragraphs cut after a sentence, the segments sorted in the order of the hits; 6: stamps in doc values;
    // 7: a stamp first in its document's block (offset -1), long paragraphs cut by the language's sentence rules
    private static final String FORMAT = "7";

    private final CorpusStore store;
    private final SearchFields fields;
    private final SearchIndex index;
    private final DocumentReader documents;
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private CorpusSearch(CorpusStore store) {
        this.store = store;
        this.fields = new SearchFields(store.corpus().getSchema());
        this.documents = new DocumentReader(store);
        this.index = SearchIndex.open(store.layout().privateDir().resolve("index"), version(store), warnings::add);
    }

    /**
     * Opens the search of {@code store}'s corpus and brings its index up to date; never fails because of the index: a
     * damaged or missing index is rebuilt, and what went wrong is in {@link #warnings()}.
     */
    public static CorpusSearch open(CorpusStore store) {
        CorpusSearch search = new CorpusSearch(store);
        search.refresh();
        return search;
    }

    // what the index depends on besides the CAS files: its own format and the schema's layers and features
    private static String version(CorpusStore store) {
        StringBuilder version = new StringBuilder(FORMAT);
        for (Layer layer : store.corpus().getSchema().getLayers()) {
            version.append('|').append(layer.getName());
            for (FeatureDefinition feature : layer.getFeatures()) {
                version.append(',').append(feature.getName()).append(':').append(feature.getKind());
            }
        }
        return version.toString();
    }

    /**
     * Finds what {@code query} names, the first {@code limit} hits in document and offset order, counting the hits up
     * to {@link #COUNT_UP_TO}: beyond it the total is a lower bound, as in the search engines users know.
     *
     * @throws QueryException when the query cannot be read; its message says what is wrong and at which column
     */
    public SearchResults search(String query, int limit) throws QueryException {
        return search(query, limit, COUNT_UP_TO);
    }

    /**
     * Finds what {@code query} names, the first {@code limit} hits in document and offset order, counting the hits
     * exactly below {@code countUpTo} and stopping at it ({@link Integer#MAX_VALUE}: all of them, which on a large
     * corpus takes time in proportion to the hits); when the first {@code limit} hits are all there are, the count is
     * exact whatever the bound.
     *
     * @throws QueryException when the query cannot be read; its message says what is wrong and at which column
     */
    public SearchResults search(String query, int limit, int countUpTo) throws QueryException {
        if (countUpTo < 1) {
            throw new IllegalArgumentException("countUpTo must be at least 1, not " + countUpTo);
        }
        long start = System.nanoTime();
        IndexSearcher searcher = index.searcher();
        QueryTranslator translator = new QueryTranslator(fields, this::entityIds, new DocumentJoin(searcher));
        Query parsed;
        try {
            parsed = QueryTranslator.positive(translator.translate(query));
        } catch (UncheckedIOException e) {
            return unreadable(e.getCause(), start);
        }
        BooleanQuery.Builder scoped = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
        if (translator.namesAnnotations()) {
            scoped.add(filter(SearchFields.KIND, SearchFields.KIND_ANNOTATION), BooleanClause.Occur.FILTER);
        } else {
            scoped.add(filter(SearchFields.KIND, SearchFields.KIND_PASSAGE), BooleanClause.Occur.FILTER);
            if (!translator.namesText()) {
                scoped.add(filter(SearchFields.FIRST, "yes"), BooleanClause.Occur.FILTER);
            }
        }
        if (searcher == null) {
            return new SearchResults(List.of(), 0, true, (System.nanoTime() - start) / 1_000);
        }
        try {
            Query q = scoped.build();
            // the first hits only: the index is sorted in their order, so Lucene stops in each segment once it has them
            TopDocs top = searcher.search(q, new TopFieldCollectorManager(SearchFields.ORDER, Math.max(1, limit), null,
                    Math.max(1, limit)));
            HitReader reader = new HitReader(searcher, q, parsed,
                    id -> store.document(id).map(Document::getTitle).orElse(null));
            List<SearchHit> hits = new ArrayList<>();
            int found = 0;
            for (ScoreDoc doc : top.scoreDocs) {
                List<SearchHit> inDoc = reader.hits(doc.doc);
                found += inDoc.size();
                hits.addAll(inDoc.subList(0, Math.min(inDoc.size(), limit - hits.size())));
            }
            // when the first hits are all there are, they are the count; else counting walks the hits again, and
            // stops at the bound, so a common word in a large corpus costs its first hits, not all of them
            if (top.totalHits.relation == TotalHits.Relation.EQUAL_TO && top.totalHits.value == top.scoreDocs.length) {
                return new SearchResults(hits, found, true, (System.nanoTime() - start) / 1_000);
            }
            // a passage gives a hit per occurrence of the words, so the words' total counts occurrences
            int total = reader.count(countUpTo, translator.namesText() && !translator.namesAnnotations());
            boolean exact = total < countUpTo;
            return new SearchResults(hits, exact ? total : countUpTo, exact, (System.nanoTime() - start) / 1_000);
        } catch (IOException | RuntimeException e) {
            return unreadable(e, start);
        }
    }

    private SearchResults unreadable(Exception e, long start) {
        warnings.add("the search index cannot be read (" + e.getMessage() + "); it is rebuilt at the next search");
        return new SearchResults(List.of(), 0, true, (System.nanoTime() - start) / 1_000);
    }

    private static Query filter(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    // the ids of the registry entities whose name or an alias is spelt like {@code name}, with those merged into them
    private Set<String> entityIds(String name) {
        String key = NameFolding.key(name);
        Set<String> ids = new HashSet<>();
        for (Entity entity : store.corpus().getEntities()) {
            boolean named = name.equals(entity.getId()) || key.equals(NameFolding.key(entity.getCanonicalName()))
                    || entity.getAliases().stream().anyMatch(alias -> key.equals(NameFolding.key(alias)));
            if (named) {
                ids.add(entity.getId());
                ids.addAll(entity.getMergedIds());
            }
        }
        return ids;
    }

    /**
     * Brings the index up to date with the whole corpus: documents whose files changed since they were indexed are
     * indexed again, documents that are gone are removed.
     */
    public void refresh() {
        Map<String, String> indexed = index.stamps();
        List<String> changed = new ArrayList<>();
        List<Document> all = store.corpus().getDocuments();
        List<String> stamps = documents.stamps(all);
        for (int i = 0; i < all.size(); i++) {
            if (!stamps.get(i).equals(indexed.remove(all.get(i).getId()))) {
                changed.add(all.get(i).getId());
            }
        }
        update(changed, indexed.keySet());
    }

    /** Indexes documents {@code documentIds} again after a save, import, merge or decision; removed ones leave. */
    public void refresh(Collection<String> documentIds) {
        update(documentIds, List.of());
    }

    private void update(Collection<String> ids, Collection<String> removed) {
        Set<String> gone = new HashSet<>(removed);
        List<Document> present = new ArrayList<>();
        for (String id : ids) {
            Optional<Document> document = store.document(id);
            if (document.isEmpty()) {
                gone.add(id);
            } else {
                present.add(document.get());
            }
        }
        if (present.size() > SearchIndex.SMALL_UPDATE) {
            build(present, gone);
            return;
        }
        Map<String, List<org.apache.lucene.document.Document>> updated = new LinkedHashMap<>();
        for (Document document : present) {
            Read read = read(document, null);
            if (read.problem() == null) {
                updated.put(read.id(), read.built());
            } else {
                unreadable(read, gone);
            }
        }
        index.update(updated, gone);
    }

    // a large update: the documents are read and indexed on the cores at once, then committed together
    private void build(List<Document> present, Set<String> gone) {
        try (IndexBatch batch = index.batch()) {
            if (batch == null) {
                return;
            }
            int threads = OrderedPipeline.defaultThreads();
            try (OrderedPipeline<Document, Read> reads = new OrderedPipeline<>(present, threads,
                    document -> read(document, batch))) {
                while (reads.hasNext()) {
                    Read read = reads.next();
                    if (read.problem() != null) {
                        unreadable(read, gone);
                    }
                }
            }
            for (String id : gone) {
                batch.remove(id);
            }
            batch.flush(threads);
            index.commit(batch);
        } catch (CorpusException e) {
            warnings.add("the documents could not be read for the search index (" + e.getMessage()
                    + "); the next search tries again");
        } catch (IOException | RuntimeException e) {
            index.failed(e);
        }
    }

    // the document stays out of the index (and unstamped), so the next refresh tries it again
    private void unreadable(Read read, Set<String> gone) {
        warnings.add("document '" + read.id() + "' is not searchable: " + read.problem());
        gone.add(read.id());
    }

    // reads one document into its Lucene documents, and puts them into batch right away when there is one
    private Read read(Document document, IndexBatch batch) {
        List<org.apache.lucene.document.Document> built;
        try {
            built = documents.read(document);
        } catch (CorpusException | RuntimeException e) {
            return new Read(document.getId(), List.of(), String.valueOf(e.getMessage()));
        }
        if (batch == null) {
            return new Read(document.getId(), built, null);
        }
        try {
            batch.put(document.getId(), built);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Read(document.getId(), List.of(), null);
    }

    /** One document read for the index: its Lucene documents, or what kept it from being read. */
    private record Read(String id, List<org.apache.lucene.document.Document> built, String problem) {
    }

    /** Returns what went wrong with the index since it was opened, one sentence each; searches still answer. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Closes the index. */
    @Override
    public void close() {
        index.close();
    }
}
