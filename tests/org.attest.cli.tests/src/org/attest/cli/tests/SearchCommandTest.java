package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.testing.ClaimsCorpus.claim;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.cli.Cli;
import org.attest.testing.ClaimsCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

    private static final String HERALD = "Up to 100 people died, Minister Ana Kovačić told Reuters.\nThe harbour flooded.";
    private static final String COURIER = "At least 200 died since Tuesday, police say.";

    @TempDir
    Path tmp;

    private Path dir;

    @BeforeEach
    void twoArticlesWithAClaimEach() throws Exception {
        dir = tmp.resolve("corpus");
        try (ClaimsCorpus corpus = ClaimsCorpus.create(dir)) {
            corpus.document("herald", "2024-05-03", HERALD, "kari",
                    claim("Up to 100 people died", "type", "statistic", "value", 100, "qualifier", "up to"));
            corpus.document("courier", "2024-05-04", COURIER, "kari",
                    claim("At least 200 died", "type", "statistic", "value", 200, "qualifier", "at least"));
        }
    }

    private CommandRun search(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "search";
        args[1] = dir.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        return CommandRun.of(args);
    }

    @Test
    void theTableShowsEachHitInContextWithDocumentOffsetsAnnotatorAndLabel() {
        CommandRun run = search("layer:Claim value:>150");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("courier").contains("[0,17)").contains("kari Claim/statistic")
                .contains("[At least 200 died] since Tuesday").contains("1 hit(s)").doesNotContain("herald");
        assertThat(dir.resolve(".attest/index")).isDirectory();
    }

    @Test
    void wordsAreFoundIgnoringAccentsAndCase() {
        CommandRun run = search("KOVACIC", "--format", "keywords");

        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).containsExactly("Kovačić");
    }

    @Test
    void jsonGivesScriptsEveryHitAndTheTotal() {
        CommandRun run = search("annotator:kari", "--format", "json", "--limit", "1");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{\"total\":2,").contains("\"hits\":[{\"document\":\"courier\"")
                .contains("\"begin\":0,\"end\":17,\"annotator\":\"kari\",\"layer\":\"Claim\",\"label\":\"statistic\"")
                .doesNotContain("herald");
    }

    @Test
    void aWrongQueryIsRefusedNamingTheProblemAndItsColumn() {
        CommandRun run = search("layer:Claim colour:red");

        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err()).contains("column 13").contains("no field 'colour'")
                .contains("           ^");
    }

    @Test
    void aDeletedIndexIsBuiltAgain() throws Exception {
        search("harbour");
        try (var files = Files.walk(dir.resolve(".attest/index"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        CommandRun run = search("harbour");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("herald").contains("[harbour]");
    }

    @Test
    void aCommonWordIsCountedUpToTenThousandUnlessAllAreAskedFor() throws Exception {
        // 5,001 sentences: "the rain" twice in each, 10,002 times in all; "rain fell" once in each
        Path weather = tmp.resolve("weather");
        try (ClaimsCorpus corpus = ClaimsCorpus.create(weather)) {
            corpus.document("weather", "2024-05-05", "The rain fell and the rain stopped. ".repeat(5_001), "kari");
        }
        String corpus = weather.toString();

        CommandRun bounded = CommandRun.of("search", corpus, "\"the rain\"", "--limit", "3");
        CommandRun all = CommandRun.of("search", corpus, "\"the rain\"", "--limit", "3", "--count-all");
        CommandRun once = CommandRun.of("search", corpus, "\"rain fell\"", "--format", "json", "--limit", "1");

        assertThat(bounded.code()).isZero();
        assertThat(bounded.out()).contains("10,000+ hit(s), the first 3 shown");
        assertThat(all.out()).contains("10,002 hit(s), the first 3 shown");
        assertThat(once.out()).contains("\"total\":5001,\"totalExact\":true");
    }
}
