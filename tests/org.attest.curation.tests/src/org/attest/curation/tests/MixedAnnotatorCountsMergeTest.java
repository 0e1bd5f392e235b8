package org.attest.curation.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.cas.AttestTypes;
import org.attest.cas.Layers;
import org.attest.curation.CurationService;
import org.attest.curation.DocumentStatus;
import org.attest.curation.MergeReport;
import org.attest.curation.MergeRequest;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus-wide merge reads the annotators' CASes of many documents on a few threads, reusing their CASes from one
 * document to the next, some without their sentences and tokens: every gold still starts from a whole one, whatever
 * number of annotators the documents before it had.
 */
class MixedAnnotatorCountsMergeTest {

    private static final int DOCUMENTS = 40;

    @TempDir
    Path tmp;

    @Test
    void documentsOfThreeAndOfTwoAnnotatorsInTurnEachGetAGoldWithTheirSentencesTokensAndAgreedEntity()
            throws Exception {
        Path corpus = corpusOfDocumentsWithThreeAndTwoAnnotatorsInTurn();

        try (CorpusStore sut = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            MergeReport report = new CurationService(sut).merge(MergeRequest.defaults(), m -> {
            });
            List<DocumentStatus> status = new CurationService(sut).status(false, m -> {
            });

            assertThat(report.skipped()).isEmpty();
            assertThat(status).hasSize(DOCUMENTS);
            for (Document document : sut.corpus().getDocuments()) {
                CAS gold = sut.readGold(document);
                CAS anna = sut.readCas(document, "anna");
                assertThat(count(gold, AttestTypes.TOKEN)).as(document.getId())
                        .isEqualTo(count(anna, AttestTypes.TOKEN)).isPositive();
                assertThat(count(gold, AttestTypes.SENTENCE)).as(document.getId())
                        .isEqualTo(count(anna, AttestTypes.SENTENCE)).isPositive();
                assertThat(new Layers(gold, sut.corpus().getSchema()).countPerLayer())
                        .as(document.getId()).containsEntry(DefaultSchema.ENTITY, 1);
            }
        }
    }

    private Path corpusOfDocumentsWithThreeAndTwoAnnotatorsInTurn() throws Exception {
        List<Path> texts = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            Path text = tmp.resolve("input").resolve(String.format("flood-%02d.txt", i));
            Files.createDirectories(text.getParent());
            Files.writeString(text, "Flood in Lieva, day " + i + ". Mayor Ana Kovačić said the harbour is closed.");
            texts.add(text);
        }
        Path corpus = tmp.resolve("corpus");
        try (CorpusStore store = CorpusStore.init(corpus, "test", "test")) {
            new ImportService(store).run(new ImportService.Request(texts, ImportOptions.defaults(), null, null), m -> {
            });
        }
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            int i = 0;
            for (Document document : store.corpus().getDocuments()) {
                List<String> annotators = i++ % 2 == 0 ? List.of("anna", "ben", "cleo") : List.of("anna", "ben");
                for (String annotator : annotators) {
                    CAS cas = store.readCas(document, annotator);
                    String text = cas.getDocumentText();
                    new Layers(cas, store.corpus().getSchema()).addSpan(DefaultSchema.ENTITY, text.indexOf("Lieva"),
                            text.indexOf("Lieva") + "Lieva".length(), Map.of("type", "LOCATION"));
                    store.writeCas(document, annotator, cas);
                    store.setState(document, store.ensureAnnotator(annotator), DocumentState.FINISHED);
                }
            }
            store.saveModel();
        }
        return corpus;
    }

    private static int count(CAS cas, String type) {
        return cas.getAnnotationIndex(cas.getTypeSystem().getType(type)).size();
    }
}
