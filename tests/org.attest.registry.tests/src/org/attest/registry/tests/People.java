package org.attest.registry.tests;

import java.util.List;

import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.Entity;

/** Makes PERSON entities in a corpus model held in memory, for the registry's tests. */
final class People {

    private People() {
    }

    /** Adds a PERSON entity {@code id} named {@code name} with {@code aliases} to {@code corpus} and returns it. */
    static Entity add(Corpus corpus, String id, String name, String... aliases) {
        Entity e = CorpusFactory.eINSTANCE.createEntity();
        e.setId(id);
        e.setCanonicalName(name);
        e.setType("PERSON");
        e.getAliases().addAll(List.of(aliases));
        corpus.getEntities().add(e);
        return e;
    }
}
