package org.attest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The short, seeded form of {@code attest spark bench} that the ordinary build runs. */
class SparkBenchTest {

    @TempDir
    Path tmp;

    @Test
    void theShortBenchMeasuresEveryPhaseWithOneAndTwoExecutorsAndFindsTheExportsIdentical() throws Exception {
        SparkBench.Report sut = SparkBench.run(tmp, 120, 2, 42);

        assertThat(sut.rows()).extracting(r -> r.phase() + "@" + r.executors()).containsExactly("import@1",
                "suggest@1", "select@1", "import@2", "suggest@2", "select@2");
        assertThat(sut.rows()).allSatisfy(r -> assertThat(r.rate()).isPositive());
        assertThat(sut.exportIdentical()).isTrue();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SparkBench.print(sut, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("speed-up").contains("byte-identical");
    }
}
