package org.attest.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.uima.cas.CAS;
import org.attest.cas.Layers;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusStore;

/** Builds a corpus of dated articles whose claims, with their features, an annotator or the gold has annotated. */
public final class ClaimsCorpus implements AutoCloseable {

    /** One claim: the first occurrence of {@code words} in the text, with its Claim features. */
    public record Claim(String words, Map<String, Object> features) {
    }

    private final Path dir;
    private final CorpusStore store;

    private ClaimsCorpus(Path dir, CorpusStore store) {
        this.dir = dir;
        this.store = store;
    }

    /** Creates an empty corpus with the default schema in {@code dir}, kept open until {@link #close()}. */
    public static ClaimsCorpus create(Path dir) throws Exception {
        return new ClaimsCorpus(dir, CorpusStore.init(dir, "claims", "test"));
    }

    /** Returns the open store, to change it further. */
    public CorpusStore store() {
        return store;
    }

    /** Returns a claim over {@code words} with {@code features} (key, value, key, value ...). */
    public static Claim claim(String words, Object... features) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < features.length; i += 2) {
            map.put((String) features[i], features[i + 1]);
        }
        return new Claim(words, map);
    }

    /**
     * Imports {@code text} as document {@code id} of {@code date} (ISO 8601) with {@code claims} by {@code annotator}
     * ("gold" for the gold).
     */
    public ClaimsCorpus document(String id, String date, String text, String annotator, Claim... claims)
            throws Exception {
        Path file = dir.resolveSibling(dir.getFileName() + "-input").resolve(id + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        new ImportService(store).run(new ImportService.Request(List.of(file), ImportOptions.defaults(), null, null),
                m -> {
                });
        Document document = store.document(id).orElseThrow();
        document.setPublicationDate(date);
        store.saveModel();
        CAS cas = store.casFactory().newCas(store.readText(document));
        Layers layers = new Layers(cas, store.corpus().getSchema());
        for (Claim claim : claims) {
            int begin = text.indexOf(claim.words());
            if (begin < 0) {
                throw new IllegalArgumentException("'" + claim.words() + "' is not in the text of " + id);
            }
            layers.addSpan(DefaultSchema.CLAIM, begin, begin + claim.words().length(), claim.features());
        }
        if ("gold".equals(annotator)) {
            store.writeGold(document, cas);
        } else {
            store.ensureAnnotator(annotator);
            store.writeCas(document, annotator, cas);
            store.saveModel();
        }
        return this;
    }

    /** Adds the registry entity {@code id} named {@code name}, for sources and mentions to link. */
    public ClaimsCorpus entity(String id, String name) throws Exception {
        Entity entity = CorpusFactory.eINSTANCE.createEntity();
        entity.setId(id);
        entity.setCanonicalName(name);
        store.corpus().getEntities().add(entity);
        store.saveModel();
        return this;
    }

    /**
     * Annotates sources and chains by {@code work} in the CAS of document {@code id} by {@code annotator} or "gold".
     */
    public ClaimsCorpus annotate(String id, String annotator, Consumer<SourceChains> work) throws Exception {
        Document document = store.document(id).orElseThrow();
        boolean gold = "gold".equals(annotator);
        CAS cas = gold ? store.readGold(document, null) : store.readCas(document, annotator, null);
        work.accept(new SourceChains(new Layers(cas, store.corpus().getSchema()), cas.getDocumentText()));
        if (gold) {
            store.writeGold(document, cas);
        } else {
            store.writeCas(document, annotator, cas);
        }
        return this;
    }

    /** Closes the corpus. */
    @Override
    public void close() throws Exception {
        store.close();
    }
}
