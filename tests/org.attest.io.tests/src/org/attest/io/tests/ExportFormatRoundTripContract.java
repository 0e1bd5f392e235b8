package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.attest.cas.CasFactory;
import org.attest.io.Article;
import org.attest.io.ArticleMetadata;
import org.attest.io.ArticleReaders;
import org.attest.io.ImportOptions;
import org.attest.io.RelationRecord;
import org.attest.io.SpanRecord;
import org.attest.io.export.ArticleExports;
import org.attest.io.export.ExportDocument;
import org.attest.io.export.ExportFormat;
import org.attest.io.export.ExportReport;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every lossless export format promises: export, import through ArticleReaders, export again gives the same bytes.
 */
abstract class ExportFormatRoundTripContract {

    static final String TEXT = "Mayor Ana Kova\u010di\u0107 \uD83D\uDE00 said up to 100 people died.\nThe agency reported it via Reuters.";

    static final Schema SCHEMA = DefaultSchema.create();

    static final CasFactory FACTORY = new CasFactory(SCHEMA);

    @TempDir
    Path dir;

    /** Returns the format under test. */
    abstract ExportFormat sut();

    /**
     * Returns the article with entities, claims, sources, cues, an attribution with cue, a via relation and overlaps.
     */
    static Article article() {
        List<SpanRecord> spans = List.of(
                span("Entity", "Ana Kova\u010di\u0107", Map.of("type", "PERSON", "entity", "Q42 Ana")),
                span("Source", "Mayor Ana Kova\u010di\u0107", Map.of("type", "person")),
                span("Cue", "said", Map.of("type", "CUE")),
                span("Claim", "up to 100 people died", Map.of("type", "statistic", "value", 100.0, "qualifier", "up to",
                        "unit", "people killed_50%")),
                span("Claim", "died.\nThe agency", Map.of("type", "event", "value", 2.5)),
                span("Source", "The agency", Map.of("type", "news agency")),
                span("Source", "Reuters", Map.of("type", "news agency")),
                span("Entity", "Reuters", Map.of("type", "ORGANIZATION")));
        List<RelationRecord> relations = List.of(new RelationRecord("Attribution", 3, 1, Map.of("cue", 2)),
                new RelationRecord("Via", 5, 6, Map.of()));
        ArticleMetadata metadata = new ArticleMetadata("kovacic-1", "Floods in the valley", null, "en", null, null,
                Map.of());
        return new Article("kovacic-1.txt", TEXT, metadata, spans, relations, Map.of());
    }

    private static SpanRecord span(String layer, String covered, Map<String, Object> features) {
        int begin = TEXT.indexOf(covered);
        return new SpanRecord(layer, begin, begin + covered.length(), features);
    }

    /** Returns the export document of the fixture article. */
    static ExportDocument document() {
        return new ArticleExports(FACTORY).of(article());
    }

    /** Exports {@code docs} into {@code out} and returns the report. */
    ExportReport export(List<ExportDocument> docs, Path out) throws Exception {
        ExportReport report = new ExportReport();
        sut().write(docs, out, "", report);
        return report;
    }

    /** Imports every importable file of {@code folder} through ArticleReaders and converts it for export. */
    static List<ExportDocument> importAll(Path folder) throws Exception {
        ArticleReaders readers = new ArticleReaders(SCHEMA);
        List<ExportDocument> docs = new ArrayList<>();
        for (Path file : readers.expand(List.of(folder))) {
            for (Article article : readers.forFile(file).read(file, ImportOptions.defaults())) {
                docs.add(new ArticleExports(FACTORY).of(article));
            }
        }
        return docs;
    }

    @Test
    void exportImportExportGivesByteIdenticalFiles() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        export(List.of(document()), first);

        export(importAll(first), second);

        assertThat(names(second)).isEqualTo(names(first));
        for (String name : names(first)) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    @Test
    void theImportedDocumentHasTheExportedTextSpansAndRelations() throws Exception {
        ExportDocument original = document();
        export(List.of(original), dir);

        List<ExportDocument> imported = importAll(dir);

        assertThat(imported).hasSize(1);
        assertThat(imported.get(0).text()).isEqualTo(TEXT);
        assertThat(imported.get(0).id()).isEqualTo("kovacic-1");
        assertThat(imported.get(0).spans()).isEqualTo(original.spans());
        assertThat(imported.get(0).relations()).isEqualTo(original.relations());
    }

    @Test
    void aSecondExportOfTheSameDocumentsIsByteIdentical() throws Exception {
        export(List.of(document()), dir.resolve("a"));
        export(List.of(document()), dir.resolve("b"));

        for (String name : names(dir.resolve("a"))) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
        }
    }

    static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
