package org.attest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attest.bench.crash.CrashTrials;
import org.attest.bench.crash.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The short seeded form of {@code ./attest crash} that CI runs: 48 kills spread over every writing operation. */
class CrashTrialsTest {

    @TempDir
    Path tmp;

    @Test
    void everyOperationKilledAtSeededMomentsRecoversWholeAndValidates() throws Exception {
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());

        Map<String, Tally> sut = CrashTrials.run(48, 1, List.of(), 2, tmp, log::add);

        log.forEach(System.out::println);
        System.out.print(Tally.table(sut));
        assertThat(sut).hasSize(8);
        assertThat(sut.values()).allSatisfy(t -> {
            assertThat(t.trials()).isEqualTo(6);
            assertThat(t.violations()).isEmpty();
        });
        assertThat(sut.values().stream().mapToInt(Tally::recovered).sum()
                + sut.values().stream().mapToInt(Tally::interrupted).sum())
                .as("kills that fell inside a step").isPositive();
    }
}
