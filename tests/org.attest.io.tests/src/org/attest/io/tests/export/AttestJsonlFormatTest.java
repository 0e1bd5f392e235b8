package org.attest.io.tests.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attest.io.Article;
import org.attest.io.ImportOptions;
import org.attest.io.JsonLinesArticleReader;
import org.attest.io.RelationRecord;
import org.attest.io.SpanRecord;
import org.attest.io.export.AttestJsonlFormat;
import org.attest.io.export.ExportDocument;
import org.attest.io.export.ExportFormat;
import org.attest.io.export.ExportRelation;
import org.attest.io.export.ExportReport;
import org.attest.io.export.ExportSpan;
import org.junit.jupiter.api.Test;

class AttestJsonlFormatTest extends ExportFormatContract {

    @Override
    ExportFormat sut() {
        return new AttestJsonlFormat();
    }

    @Test
    void exportImportExportIsByteIdentical() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        sut().write(ExportFixture.sample(), first, "train", new ExportReport());

        List<Article> imported = new JsonLinesArticleReader().read(first.resolve("train.jsonl"),
                ImportOptions.defaults());
        sut().write(imported.stream().map(AttestJsonlFormatTest::asExport).toList(), second, "train",
                new ExportReport());

        assertThat(Files.readAllBytes(second.resolve("train.jsonl")))
                .isEqualTo(Files.readAllBytes(first.resolve("train.jsonl")));
    }

    @Test
    void importsSpansWithTypedFeaturesAndRelationsWithSpanLinks() throws Exception {
        sut().write(ExportFixture.sample(), dir, "train", new ExportReport());

        Article article = new JsonLinesArticleReader().read(dir.resolve("train.jsonl"), ImportOptions.defaults())
                .get(0);

        assertThat(article.metadata().id()).isEqualTo("d1");
        assertThat(article.metadata().title()).isEqualTo("Harbour");
        assertThat(article.spans()).hasSize(6);
        assertThat(article.spans().get(3)).isEqualTo(new SpanRecord("Claim", 47, 61,
                Map.of("cluster", "c-1", "qualifier", "exact", "type", "statistic", "unit", "people", "value", 40.0)));
        assertThat(article.relations()).containsExactly(new RelationRecord("Attribution", 3, 4, Map.of("cue", 5)));
        assertThat(article.metadata().extra()).isEmpty();
    }

    @Test
    void aRelationToAMissingSpanNamesTheLineAndTheFix() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file,
                "{\"id\":\"x\",\"text\":\"Hi there\",\"spans\":[],\"relations\":[{\"layer\":\"Via\",\"from\":0,\"to\":1}]}\n");

        assertThat(org.assertj.core.api.Assertions
                .catchThrowable(() -> new JsonLinesArticleReader().read(file, ImportOptions.defaults())))
                .hasMessageContaining("bad.jsonl:1: relation 0: span index 0 does not exist");
    }

    @Test
    void aSpacyLineIsRefusedNamingTheLineAndTheExpectedSpans() throws Exception {
        Path file = dir.resolve("spacy.jsonl");
        Files.writeString(file, "{\"text\":\"Hi Oslo\",\"spans\":[{\"start\":3,\"end\":7,\"label\":\"GPE\"}]}\n");

        assertThat(org.assertj.core.api.Assertions
                .catchThrowable(() -> new JsonLinesArticleReader().read(file, ImportOptions.defaults())))
                .hasMessageContaining("spacy.jsonl:1: span 0: \"layer\" must be a string")
                .hasMessageContaining("as Attest's JSON Lines export writes them");
    }

    private static ExportDocument asExport(Article article) {
        Map<String, String> metadata = new TreeMap<>(article.metadata().extra());
        put(metadata, "title", article.metadata().title());
        put(metadata, "outlet", article.metadata().outlet());
        put(metadata, "language", article.metadata().language());
        put(metadata, "originalLanguage", article.metadata().originalLanguage());
        put(metadata, "date", article.metadata().date());
        List<ExportSpan> spans = new ArrayList<>();
        for (SpanRecord s : article.spans()) {
            spans.add(new ExportSpan(s.layer(), s.begin(), s.end(), (String) s.features().get("type"),
                    new TreeMap<>(s.features())));
        }
        List<ExportRelation> relations = new ArrayList<>();
        for (RelationRecord r : article.relations()) {
            relations.add(new ExportRelation(r.layer(), r.from(), r.to(), new TreeMap<>(r.features())));
        }
        return new ExportDocument(article.metadata().id(), metadata, article.text(), List.of(), List.of(), spans,
                relations);
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
