package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

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
        CommandRun run = CommandRun.of("search", corpus.toString(), query, "--format", format, "--limit", "200");
        assertThat(run.code()).as(run.err()).isZero();
        return run.out().lines().toList();
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

    @Test
    void aThirdFindsTheStatisticClaimAboveAValueAttributedViaANewsAgencyAndNoOther() {
        List<String> table = search("label:statistic value:>1000000 via:\"news agency\"", "table");

        assertThat(table.stream().filter(line -> line.startsWith("harbour-flood")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("harbour-flood-b").contains("[20 million euros]"))
                .anySatisfy(line -> assertThat(line).contains(" gold Claim/statistic"));
        assertThat(search("label:statistic via:\"social media\" annotator:anna", "keywords"))
                .containsExactly("12 million euros");
    }
}
