package org.attest.suggest.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.edit.AnnotationEditing;
import org.attest.model.Document;
import org.attest.suggest.Acceptance;
import org.attest.suggest.CorpusSuggestions;
import org.attest.suggest.Provenance;
import org.attest.suggest.SuggestionFiles;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.rules.CuesRecommender;
import org.attest.suggest.rules.FiguresRecommender;
import org.attest.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSuggestionsTest {

    @TempDir
    Path tmp;

    @Test
    void thatSuggestionsAreWrittenPerAnnotatorAndReadBackAsWritten() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document document = texts.add("a", Samples.project().resolve("harbour-flood-a.txt"), "en");
            CorpusSuggestions sut = new CorpusSuggestions(texts.store());
            CorpusSuggestions.Report report = sut.write(List.of(document), List.of("anna", "ben"),
                    List.of(new FiguresRecommender(), new CuesRecommender()));
            SuggestionFiles files = new SuggestionFiles(texts.store());
            assertThat(report.files()).containsExactly(files.pending("anna", document),
                    files.pending("ben", document));
            List<Suggestion> read = files.read(files.pending("anna", document));
            assertThat(read).hasSize(report.counts().values().stream().flatMap(m -> m.values().stream())
                    .mapToInt(Integer::intValue).sum() / 2);
            assertThat(read).filteredOn(s -> s.recommender().equals("figures")).first()
                    .extracting(Suggestion::features).isEqualTo(Map.of("value", 40.0, "qualifier", "up to", "unit",
                            "people"));
            assertThat(report.counts()).containsOnlyKeys("cues", "figures");
            assertThat(report.counts().get("cues")).containsOnlyKeys("Cue");
        }
    }

    @Test
    void thatTheReportCountsTheSpansAcceptedFromSuggestionsPerAnnotatorAndRecommender() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document document = texts.add("a", "Up to 40 people are missing, the mayor said.", "en");
            CAS cas = texts.store().readCas(document, "anna");
            AnnotationEditing editing = new AnnotationEditing(cas, texts.store().corpus().getSchema());
            Acceptance.command(editing, new Suggestion("cues", "Cue", 39, 43, "CUE", Map.of(), 0.6, "")).execute();
            editing.createSpan("Entity", 33, 38, Map.of("type", "PERSON")).execute();
            texts.store().writeCas(document, "anna", cas);
            texts.store().ensureAnnotator("anna");
            texts.store().ensureAnnotator("ben");
            texts.store().saveModel();
            List<Provenance.Row> rows = Provenance.count(texts.store());
            assertThat(rows).containsExactly(new Provenance.Row("anna", 2, Map.of("cues", 1)),
                    new Provenance.Row("ben", 0, Map.of()));
        }
    }
}
