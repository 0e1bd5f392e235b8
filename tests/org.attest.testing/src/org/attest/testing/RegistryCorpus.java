package org.attest.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.cas.Layers;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusStore;

/** Builds a corpus whose people are registry entities and whose annotators' Entity spans link them. */
public final class RegistryCorpus implements AutoCloseable {

    /** One linked mention: the first occurrence of {@code words} in the text, linked to {@code entityId}. */
    public record Link(String words, String entityId) {
    }

    private final ClaimsCorpus corpus;

    private RegistryCorpus(ClaimsCorpus corpus) {
        this.corpus = corpus;
    }

    /** Creates an empty corpus with the default schema in {@code dir}, kept open until {@link #close()}. */
    public static RegistryCorpus create(Path dir) throws Exception {
        return new RegistryCorpus(ClaimsCorpus.create(dir));
    }

    /** Returns a mention of {@code words} linked to {@code entityId}. */
    public static Link link(String words, String entityId) {
        return new Link(words, entityId);
    }

    /** Returns the open store, to change it further. */
    public CorpusStore store() {
        return corpus.store();
    }

    /** Adds the PERSON entity {@code id} called {@code name} with {@code aliases} and saves the registry. */
    public Entity person(String id, String name, String knowledgeBaseId, String... aliases) throws Exception {
        corpus.entity(id, name);
        Entity entity = store().corpus().getEntities().stream().filter(e -> id.equals(e.getId())).findFirst()
                .orElseThrow();
        entity.setType("PERSON");
        entity.setKnowledgeBaseId(knowledgeBaseId);
        entity.getAliases().addAll(List.of(aliases));
        store().saveModel();
        return entity;
    }

    /** Imports {@code text} as document {@code id} with {@code links} as {@code annotator}'s Entity spans. */
    public RegistryCorpus document(String id, String text, String annotator, Link... links) throws Exception {
        corpus.document(id, "2024-05-02", text, annotator);
        Document document = store().document(id).orElseThrow();
        CAS cas = store().readCas(document, annotator);
        Layers layers = new Layers(cas, store().corpus().getSchema());
        for (Link link : links) {
            int begin = text.indexOf(link.words());
            if (begin < 0) {
                throw new IllegalArgumentException("'" + link.words() + "' is not in the text of " + id);
            }
            layers.addSpan(DefaultSchema.ENTITY, begin, begin + link.words().length(),
                    Map.of("type", "PERSON", "entity", link.entityId()));
        }
        store().writeCas(document, annotator, cas);
        return this;
    }

    /** Closes the corpus. */
    @Override
    public void close() throws Exception {
        corpus.close();
    }
}
