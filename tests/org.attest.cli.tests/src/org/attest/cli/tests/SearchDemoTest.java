package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.attest.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "done when", tried on the demo corpus as a new user would, through {@code attest search}. */
class SearchDemoTest {

    @TempDir
    static Path tmp;

    private static Path corpus;

    @BeforeAll
    static void runTheDemo() {
        corpus = DemoCorpus.create(tmp.resolve("demo"));
    }

    private static List<String> search(String query, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli sut = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        int code = sut.run("search", corpus.toString(), query, "--format", format, "--limit", "200");
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void oneQueryFindsEveryMentionOfThePersonUnderAllHerSpellings() {
        List<String> mentions = search("entity:\"ana kovacic\" annotator:anna", "keywords");

        assertThat(mentions).contains("Ana Kovačić", "Kovačić", "Ana Kovacic")
                .allSatisfy(m -> assertThat(m).containsAnyOf("Kovačić", "Kovacic"));
        assertThat(search("kovacic annotator:anna layer:Entity", "keywords")).hasSameSizeAs(mentions);
    }

    @Test
    void anotherFindsTheStatisticClaimsAboveAValueAttributedViaASourceType() {
        List<String> table = search("label:statistic value:>1000 via:organization annotator:gold", "table");

        assertThat(table).anySatisfy(line -> assertThat(line).contains("[more than 3,000 residents]"))
                .anySatisfy(line -> assertThat(line).contains("[More than 4,500 people]"))
                .noneSatisfy(line -> assertThat(line).contains("[At least 25 people]"));
    }
}
