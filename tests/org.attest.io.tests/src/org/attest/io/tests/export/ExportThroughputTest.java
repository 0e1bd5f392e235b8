package org.attest.io.tests.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.attest.io.export.AttestJsonlFormat;
import org.attest.io.export.ConllFormat;
import org.attest.io.export.ExportDocument;
import org.attest.io.export.ExportFormat;
import org.attest.io.export.ExportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measures the formats' write throughput over generated news-like documents; prints MB/s, asserts only the output. */
class ExportThroughputTest {

    private static final int DOCUMENTS = Integer.getInteger("attest.export.bench.docs", 1_000);
    private static final String[] WORDS = {"the", "mayor", "said", "river", "harbour", "people", "were", "missing",
            "after", "flood",
            "on", "Saturday", "police", "according", "to", "officials", "in", "Port", "Vesna", "Lieva"};
    private static final String[] LABELS = {"PERSON", "ORGANIZATION", "GPE", "DATE", "QUANTITY"};

    @TempDir
    Path dir;

    @Test
    void jsonlAndConllWriteTheGeneratedCorpusAndReportTheirThroughput() throws Exception {
        List<ExportDocument> docs = generate(DOCUMENTS, new Random(20250601));
        for (ExportFormat sut : List.of(new AttestJsonlFormat(), new ConllFormat(false))) {
            Path out = Files.createDirectories(dir.resolve(sut.name()));
            sut.write(docs, out, "warmup", new ExportReport());
            ExportReport report = new ExportReport();
            long start = System.nanoTime();
            sut.write(docs, out, "train", report);
            double seconds = (System.nanoTime() - start) / 1e9;
            long bytes = Files.size(report.files().get(0));

            System.out.printf(Locale.ROOT, "export throughput %s: %d documents, %.1f MB in %.3f s = %.0f MB/s%n",
                    sut.name(), DOCUMENTS,
                    bytes / 1e6, seconds, bytes / 1e6 / seconds);
            assertThat(report.documents()).isEqualTo(DOCUMENTS);
            assertThat(bytes).isPositive();
        }
    }

    /** Documents of about 3,000 characters in 20 sentences with an entity every 10 tokens and a claim per sentence. */
    static List<ExportDocument> generate(int count, Random random) {
        List<ExportDocument> docs = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            StringBuilder text = new StringBuilder();
            List<int[]> sentences = new ArrayList<>();
            List<int[]> tokens = new ArrayList<>();
            List<org.attest.io.export.ExportSpan> spans = new ArrayList<>();
            for (int s = 0; s < 20; s++) {
                int sentenceStart = text.length();
                for (int w = 0; w < 25; w++) {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    int begin = text.length();
                    text.append(word);
                    tokens.add(new int[]{begin, text.length()});
                    if (w % 10 == 3) {
                        String label = LABELS[random.nextInt(LABELS.length)];
                        spans.add(new org.attest.io.export.ExportSpan("Entity", begin, text.length(), label,
                                new java.util.TreeMap<>(
                                        java.util.Map.of("type", label, "entity", "e-" + random.nextInt(500)))));
                    }
                    text.append(' ');
                }
                text.setCharAt(text.length() - 1, '.');
                tokens.add(new int[]{text.length() - 1, text.length()});
                spans.add(new org.attest.io.export.ExportSpan("Claim", sentenceStart, text.length(), "statistic",
                        new java.util.TreeMap<>(
                                java.util.Map.of("type", "statistic", "value", 40.0, "unit", "people"))));
                sentences.add(new int[]{sentenceStart, text.length()});
                text.append(' ');
            }
            docs.add(new ExportDocument(String.format("doc-%05d", d),
                    java.util.Map.of("title", "Article " + d, "outlet", "Daily"),
                    text.toString(), sentences, tokens, spans, List.of()));
        }
        return docs;
    }
}
