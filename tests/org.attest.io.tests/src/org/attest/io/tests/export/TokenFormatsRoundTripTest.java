package org.attest.io.tests.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attest.io.Article;
import org.attest.io.ArticleReader;
import org.attest.io.ImportOptions;
import org.attest.io.export.ConllFormat;
import org.attest.io.export.ExportDocument;
import org.attest.io.export.ExportFormat;
import org.attest.io.export.ExportReport;
import org.attest.io.export.ExportSpan;
import org.attest.io.export.HfTokenFormat;
import org.attest.io.tokens.Conll2003ArticleReader;
import org.attest.io.tokens.HfTokenArticleReader;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attest's token exports read back by the token readers give the same files again when exported once more. */
class TokenFormatsRoundTripTest {

    @TempDir
    Path dir;

    private static List<ExportDocument> sample() {
        ExportDocument hyphens = ExportFixture.doc("d3", "Zürich and Łódź back Euro-style rules.")
                .entity("Zürich", "GPE").entity("Łódź", "GPE").entity("Euro", "OTHER").build();
        List<ExportDocument> docs = new ArrayList<>(ExportFixture.sample());
        docs.add(hyphens);
        return docs;
    }

    // the article as the export sees a document: its tokens, sentences and Entity spans
    private static ExportDocument asExport(Article article) {
        List<int[]> sentences = article.sourceSegmentation().orElseThrow().sentences().stream()
                .map(s -> new int[]{s.begin(), s.end()}).toList();
        List<int[]> tokens = article.sourceSegmentation().orElseThrow().tokens().stream()
                .map(t -> new int[]{t.begin(), t.end()}).toList();
        List<ExportSpan> spans = article.spans().stream().map(s -> new ExportSpan(s.layer(), s.begin(), s.end(),
                (String) s.features().get("type"), new TreeMap<>(s.features()))).toList();
        return new ExportDocument(article.metadata().id(), Map.of(), article.text(), sentences, tokens, spans,
                List.of());
    }

    private String roundTrip(ExportFormat format, String file, ArticleReader reader) throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        format.write(sample(), first, "train", new ExportReport());
        List<ExportDocument> read = reader.read(first.resolve(file), ImportOptions.defaults()).stream()
                .map(TokenFormatsRoundTripTest::asExport).toList();
        Path second = Files.createDirectories(dir.resolve("second"));
        format.write(read, second, "train", new ExportReport());
        assertThat(second.resolve(file)).hasSameTextualContentAs(first.resolve(file));
        return Files.readString(second.resolve(file));
    }

    @Test
    void aCoNllExportReadBackExportsTheSameTokensAndTags() throws Exception {
        String conll = roundTrip(new ConllFormat(false), "train.conll",
                new Conll2003ArticleReader(DefaultSchema.create()));

        assertThat(conll).contains("Euro _ _ B-OTHER\n", "- _ _ O\n", "Anna _ _ B-PERSON\n", "Berg _ _ I-PERSON\n");
    }

    @Test
    void aHuggingFaceExportReadBackExportsTheSameTokensTagsAndIds() throws Exception {
        String jsonl = roundTrip(new HfTokenFormat(List.of("PERSON", "ORGANIZATION", "GPE", "OTHER")), "train.jsonl",
                new HfTokenArticleReader(DefaultSchema.create()));

        assertThat(jsonl).contains("\"id\":\"d3#0\"", "\"Euro\",\"-\",\"style\"");
    }
}
