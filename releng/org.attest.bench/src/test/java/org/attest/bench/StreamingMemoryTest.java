package org.attest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.attest.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory that does not grow with the corpus: an import of more text than the heap holds, and agreement over more units
 * than it holds, each in a child JVM with a small heap, which an import keeping every article until it publishes them,
 * or agreement keeping a row per unit until the end, cannot survive.
 */
class StreamingMemoryTest {

    private static final int HEAP_MB = 32;
    private static final int DOCUMENTS = 400;
    // 400 documents of 100,000 characters: 40 MB of text, more than the whole heap (the import before streaming ran
    // out of memory after a few hundred)
    private static final int CHARACTERS = 100_000;

    @TempDir
    Path tmp;

    @Test
    void anImportOfMoreTextThanTheHeapHoldsRunsInThatHeap() throws Exception {
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        SyntheticCorpus corpus = new SyntheticCorpus(7, DOCUMENTS);
        long total = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            String text = longText(corpus, i);
            Files.writeString(texts.resolve(String.format(Locale.ROOT, "long-%04d.txt", i)), text,
                    StandardCharsets.UTF_8);
            total += text.length();
        }
        assertThat(total).as("text to import, in characters").isGreaterThan((long) HEAP_MB << 20);
        Path dir = tmp.resolve("corpus");

        Process sut = child(ImportChild.class, dir.toString(), texts.toString());

        String output = new String(sut.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sut.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(sut.exitValue()).as(output).isZero();
        assertThat(output).contains("added " + DOCUMENTS);
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "check")) {
            assertThat(store.corpus().getDocuments()).hasSize(DOCUMENTS);
            assertThat(store.readText(store.corpus().getDocuments().get(DOCUMENTS - 1))).hasSize(CHARACTERS);
        }
    }

    @Test
    void agreementOverMoreUnitsThanTheHeapHoldsRunsInThatHeap() throws Exception {
        // 4,000 documents of 300 spans by three annotators: 1.2 million units, which kept as rows of the reliability
        // matrix (a unit's name and values, about 140 bytes) would take 170 MB, five times the heap
        Process sut = child(AgreementChild.class, "4000", "300");

        String output = new String(sut.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sut.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(sut.exitValue()).as(output).isZero();
        assertThat(output).contains("units 1200000 alpha 0.");
    }

    // a synthetic article repeated to the length wanted, with its index first so that no two texts are the same
    private static String longText(SyntheticCorpus corpus, int index) {
        StringBuilder text = new StringBuilder("Article " + index + ".\n");
        String body = corpus.document(index).text();
        while (text.length() < CHARACTERS) {
            text.append(body, 0, Math.min(body.length(), CHARACTERS - text.length()));
        }
        return text.toString();
    }

    private static Process child(Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Launches.java(), "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
