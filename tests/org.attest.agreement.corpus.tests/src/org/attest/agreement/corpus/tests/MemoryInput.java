package org.attest.agreement.corpus.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.agreement.corpus.AgreementInput;
import org.attest.model.DocumentState;
import org.attest.model.Schema;

/** Documents and CASes held in memory, for tests and the benchmark. */
final class MemoryInput implements AgreementInput {

    private final Schema schema;
    private final List<Entry> documents = new ArrayList<>();
    private final Map<String, Map<String, CAS>> cases = new LinkedHashMap<>();

    MemoryInput(Schema schema) {
        this.schema = schema;
    }

    /** Adds {@code annotator}'s CAS of {@code document} in state {@code state}. */
    MemoryInput add(String document, String annotator, DocumentState state, CAS cas) {
        Entry entry = documents.stream().filter(e -> e.id().equals(document)).findFirst().orElseGet(() -> {
            Entry e = new Entry(document, new LinkedHashMap<>());
            documents.add(e);
            return e;
        });
        entry.states().put(annotator, state);
        cases.computeIfAbsent(document, d -> new LinkedHashMap<>()).put(annotator, cas);
        return this;
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public List<Entry> documents() {
        return documents;
    }

    @Override
    public CAS cas(String document, String annotator) {
        return cases.get(document).get(annotator);
    }
}
