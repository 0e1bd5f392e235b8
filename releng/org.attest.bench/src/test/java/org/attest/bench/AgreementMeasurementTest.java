package org.attest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementMeasurementTest {

    @TempDir
    Path tmp;

    @Test
    void agreementIsTimedOverEveryFinishedDocumentAgainstLoadingTheSameCases() throws Exception {
        try (Workload w = new Workload(new SyntheticCorpus(11, 12), tmp.resolve("docs-12"), 4, 2)) {
            new ImportMeasurement().measure(w);

            List<Result> rows = new AgreementMeasurement().measure(w);

            assertThat(rows).extracting(Result::operation).containsExactly("agreement over the corpus (total)",
                    "agreement, extrapolated to 10k docs", "agreement, first run: no cache (total)");
            assertThat(rows.get(2).attest()).isPositive();
            assertThat(w.store().layout().cache().resolve("observations.bin")).isRegularFile();
            Result total = rows.get(0);
            Result extrapolated = rows.get(1);
            assertThat(total.docs()).isEqualTo(12);
            assertThat(total.attest()).isPositive();
            assertThat(total.baseline()).isPositive();
            assertThat(total.verdict()).isEqualTo("info");
            assertThat(extrapolated.attest()).isCloseTo(total.attest() * 10_000 / 12, within(1e-9));
            assertThat(extrapolated.baseline()).isCloseTo(total.baseline() * 10_000 / 12, within(1e-9));
            assertThat(extrapolated.ratio()).isCloseTo(total.ratio(), within(1e-9));
            // twelve documents' fixed costs, multiplied by 833, would decide a verdict: the row is information
            assertThat(extrapolated.target()).isEqualTo("-");
            assertThat(extrapolated.verdict()).isEqualTo("info");
            assertThat(extrapolated.note()).contains("judged from 1,000 docs on");
            CorpusStore store = w.store();
            for (Document document : store.corpus().getDocuments()) {
                for (String annotator : SyntheticCorpus.ANNOTATORS) {
                    assertThat(CorpusStore.state(document, annotator)).isEqualTo(DocumentState.FINISHED);
                    assertThat(store.hasCas(document, annotator)).isTrue();
                }
            }
        }
    }

    @Test
    void theExtrapolationIsLeftOutOfTheScalingSlopes() {
        List<Result> rows = List.of(
                new Result("agreement over the corpus (total)", 1000, "s", 1.0, 0.5, Double.NaN, ""),
                new Result("agreement over the corpus (total)", 10000, "s", 10.0, 5.0, Double.NaN, ""),
                new Result("agreement, extrapolated to 10k docs", 1000, "s", 10.0, 5.0, Double.NaN, 10, ""),
                new Result("agreement, extrapolated to 10k docs", 10000, "s", 10.0, 5.0, Double.NaN, 10, ""));

        assertThat(Scaling.slopes(rows)).extracting(Scaling.Slope::operation)
                .containsExactly("agreement over the corpus (total)");
    }

    @Test
    void syntheticIdsGiveTheirIndex() {
        assertThat(FinishedWork.index("news-000001")).isZero();
        assertThat(FinishedWork.index("news-010000")).isEqualTo(9_999);
    }
}
