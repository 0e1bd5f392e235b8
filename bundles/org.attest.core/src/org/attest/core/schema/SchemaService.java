package org.attest.core.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.cas.SchemaCompatibility;
import org.attest.cas.TypeSystemFactory;
import org.attest.model.Annotator;
import org.attest.model.Document;
import org.attest.model.Schema;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/** Replaces a corpus's schema, refusing any change that would orphan existing annotations. */
public final class SchemaService {

    private final CorpusStore store;

    /** Creates the service over a corpus open for writing. */
    public SchemaService(CorpusStore store) {
        this.store = store;
    }

    /**
     * Returns the lines describing every annotation group {@code newSchema} could no longer hold; empty when the change
     * is safe.
     */
    public List<String> orphans(Schema newSchema) throws CorpusException {
        try {
            TypeSystemFactory.describe(newSchema);
        } catch (IllegalArgumentException e) {
            throw new CorpusException("the new schema is invalid: " + e.getMessage());
        }
        Map<String, CAS> cases = new LinkedHashMap<>();
        for (Document d : store.corpus().getDocuments()) {
            for (Annotator a : store.corpus().getAnnotators()) {
                if (store.hasCas(d, a.getName())) {
                    cases.put(d.getId() + " (" + a.getName() + ")", store.readCas(d, a.getName()));
                }
            }
            if (java.nio.file.Files.isRegularFile(store.layout().gold(d.getId()))) {
                cases.put(d.getId() + " (gold)", store.readGold(d));
            }
        }
        return SchemaCompatibility.orphans(newSchema, cases);
    }

    /** Installs {@code newSchema} with the next version number, or throws listing the annotations it would orphan. */
    public void apply(Schema newSchema) throws CorpusException {
        List<String> orphans = orphans(newSchema);
        if (!orphans.isEmpty()) {
            throw new CorpusException("the schema change was refused because existing annotations would be lost:\n  "
                    + String.join("\n  ", orphans)
                    + "\nKeep those layers, features and tags, or delete the annotations first.");
        }
        newSchema.setVersion(store.corpus().getSchema().getVersion() + 1);
        store.corpus().setSchema(newSchema);
        store.saveModel();
    }
}
