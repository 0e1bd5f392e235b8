package org.attest.imports.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.Layers;
import org.attest.imports.ImportReport;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An annotator's CAS of a token file holds the file's own tokens and sentences, not ICU's. */
class TokenImportTest {

    private static final String CONLLU = word("1", "Zürich", "NER=B-LOC|SpaceAfter=No") + word("2", ",", "_")
            + word("3", "Euro-style", "_") + word("4-5", "al", "_") + word("4", "a", "_") + word("5", "el", "_")
            + word("6", "Łódź", "NER=B-LOC|SpaceAfter=No") + word("7", ".", "_") + "\n" + word("1", "Fin", "_")
            + "\n";

    @TempDir
    Path tmp;

    private static String word(String id, String form, String misc) {
        return id + "\t" + form + "\t_\t_\t_\t_\t_\t_\t_\t" + misc + "\n";
    }

    private static List<String> covered(CAS cas, String type) {
        return cas.getAnnotationIndex(cas.getTypeSystem().getType(type)).stream().map(AnnotationFS::getCoveredText)
                .toList();
    }

    @Test
    void theAnnotatorsCasKeepsTheSourceTokensAndSentences() throws Exception {
        Path corpus = tmp.resolve("corpus");
        CorpusStore.init(corpus, "test", "test").close();
        Path file = Files.writeString(tmp.resolve("ud.conllu"), CONLLU);

        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            ImportReport report = new ImportService(store).run(new ImportService.Request(List.of(file),
                    ImportOptions.defaults(), "ana", DocumentState.IN_PROGRESS), m -> {
                    });
            assertThat(report.added()).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo("ud"));
        }
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            Document document = store.document("ud").orElseThrow();
            CAS cas = store.readCas(document, "ana");
            assertThat(store.readText(document)).isEqualTo("Zürich, Euro-style al Łódź.\nFin");
            assertThat(covered(cas, AttestTypes.TOKEN)).containsExactly("Zürich", ",", "Euro-style", "al", "Łódź",
                    ".", "Fin");
            assertThat(covered(cas, AttestTypes.SENTENCE)).containsExactly("Zürich, Euro-style al Łódź.", "Fin");
            assertThat(new Layers(cas, store.corpus().getSchema()).spans("Entity"))
                    .extracting(AnnotationFS::getCoveredText).containsExactly("Zürich", "Łódź");
        }
    }
}
