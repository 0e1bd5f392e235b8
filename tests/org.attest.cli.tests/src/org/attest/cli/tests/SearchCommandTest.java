package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.testing.ClaimsCorpus.claim;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Cli sut;
    private Path dir;

    @BeforeEach
    void setUp() throws Exception {
        sut = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        dir = tmp.resolve("corpus");
        try (ClaimsCorpus corpus = ClaimsCorpus.create(dir)) {
            corpus.document("herald", "2024-05-03", HERALD, "kari",
                    claim("Up to 100 people died", "type", "statistic", "value", 100, "qualifier", "up to"));
            corpus.document("courier", "2024-05-04", COURIER, "kari",
                    claim("At least 200 died", "type", "statistic", "value", 200, "qualifier", "at least"));
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theTableShowsEachHitInContextWithDocumentOffsetsAnnotatorAndLabel() {
        int code = sut.run("search", dir.toString(), "layer:Claim value:>150");

        assertThat(code).isZero();
        assertThat(out()).contains("courier").contains("[0,17)").contains("kari Claim/statistic")
                .contains("[At least 200 died] since Tuesday").contains("1 hit(s)").doesNotContain("herald");
        assertThat(dir.resolve(".attest/index")).isDirectory();
    }

    @Test
    void wordsAreFoundIgnoringAccentsAndCase() {
        int code = sut.run("search", dir.toString(), "KOVACIC", "--format", "keywords");

        assertThat(code).isZero();
        assertThat(out().lines()).containsExactly("Kovačić");
    }

    @Test
    void jsonGivesScriptsEveryHitAndTheTotal() {
        int code = sut.run("search", dir.toString(), "annotator:kari", "--format", "json", "--limit", "1");

        assertThat(code).isZero();
        assertThat(out()).startsWith("{\"total\":2,").contains("\"hits\":[{\"document\":\"courier\"")
                .contains("\"begin\":0,\"end\":17,\"annotator\":\"kari\",\"layer\":\"Claim\",\"label\":\"statistic\"")
                .doesNotContain("herald");
    }

    @Test
    void aWrongQueryIsRefusedNamingTheProblemAndItsColumn() {
        int code = sut.run("search", dir.toString(), "layer:Claim colour:red");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("column 13").contains("no field 'colour'")
                .contains("           ^");
    }

    @Test
    void aDeletedIndexIsBuiltAgain() throws Exception {
        sut.run("search", dir.toString(), "harbour");
        try (var files = Files.walk(dir.resolve(".attest/index"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        out.reset();

        int code = sut.run("search", dir.toString(), "harbour");

        assertThat(code).isZero();
        assertThat(out()).contains("herald").contains("[harbour]");
    }
}
