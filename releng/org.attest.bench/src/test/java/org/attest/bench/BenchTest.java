package org.attest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTest {

    @TempDir
    Path tmp;

    @Test
    void aTinyRunReportsEveryOperationWithItsBaselineAndWritesJson() throws Exception {
        BenchOptions options = BenchOptions.parse("--docs", "20,40", "--quick", "--dir",
                tmp.resolve("scratch").toString());
        List<String> progress = new ArrayList<>();

        Report sut = Bench.run(options, progress::add);

        assertThat(sut.results()).extracting(Result::docs).containsOnly(20, 40);
        assertThat(sut.results()).filteredOn(r -> r.docs() == 40).extracting(Result::operation).contains(
                "import .txt articles (total)", "open a document (p50)", "durable save of one document (p50)",
                "corpus model save", "corpus model load", "agreement over the corpus (total)",
                "agreement, extrapolated to 10k docs", "agreement, first run: no cache (total)",
                "auto-merge of the corpus (total)", "auto-merge again, nothing changed (total)",
                "export jsonl (throughput)", "export conll (throughput)",
                "export jsonl, first: no cache (total)",
                "export conll, first: no cache (total)", ClaimsMeasurement.OPERATION);
        // what does not depend on the size is measured at the first size only (a quick run: team work too), and a
        // quick run measures the rest once, at its last size, but the import and the start-up at both
        assertThat(sut.results()).filteredOn(r -> r.docs() == 20).extracting(Result::operation).contains(
                "import .txt articles (total)", "registry search, 100k entities x 5 aliases (p95)",
                "registry index, first search (total)", NameFinderMeasurement.OPERATION, "clone the team corpus",
                "attest info, cold start").doesNotContain("open a document (p50)", "auto-merge of the corpus (total)",
                        ClaimsMeasurement.OPERATION, "export jsonl, first: no cache (total)");
        assertThat(sut.results()).filteredOn(r -> r.docs() == 40).extracting(Result::operation).doesNotContain(
                "registry index, first search (total)", NameFinderMeasurement.OPERATION, "clone the team corpus");
        assertThat(sut.results()).filteredOn(r -> r.operation().equals(ClaimsMeasurement.OPERATION)).hasSize(1)
                .allSatisfy(r -> {
                    assertThat(r.target()).isEqualTo("<=1.5x");
                    assertThat(r.baseline()).isPositive();
                    assertThat(r.verdict()).isIn("OK", "MISSED");
                    assertThat(r.note()).containsPattern("ann1's [1-9]\\d* claims");
                });
        assertThat(sut.results()).filteredOn(r -> r.operation().equals(NameFinderMeasurement.OPERATION)).hasSize(1)
                .allSatisfy(r -> {
                    assertThat(r.target()).isEqualTo(">=50");
                    assertThat(r.baseline()).isPositive();
                    assertThat(r.verdict()).isIn("OK", "MISSED");
                    assertThat(r.note()).containsPattern("[1-9]\\d* suggestions; model learnt");
                });
        assertThat(sut.results())
                .filteredOn(r -> r.operation().equals("registry search, 100k entities x 5 aliases (p95)"))
                .allSatisfy(r -> assertThat(r.target()).isEqualTo("<20 ms"));
        // the start-up rows start the product, which only ./attest bench names (-Dattest.product)
        assertThat(sut.results())
                .filteredOn(r -> r.verdict().equals(Result.NOT_MEASURED) && !r.operation().startsWith("heap: "))
                .extracting(Result::operation).containsOnly("attest --version, cold start", "attest info, cold start");
        // the workbench's start is information, measured in a full run only
        assertThat(sut.results()).extracting(Result::operation).doesNotContain("workbench start, to its first window");
        assertThat(sut.results()).filteredOn(r -> r.docs() == 40 && r.operation().startsWith("heap: "))
                .extracting(Result::operation)
                .containsExactly("heap: attest agreement", "heap: attest export jsonl", "heap: attest claims");
        assertThat(sut.results()).filteredOn(r -> r.operation().startsWith("heap: "))
                .allSatisfy(r -> assertThat(r.target()).isEqualTo("<512 MB"));
        assertThat(sut.results()).filteredOn(r -> !r.verdict().equals(Result.NOT_MEASURED))
                .allSatisfy(r -> assertThat(r.ratio()).isPositive());
        assertThat(sut.results())
                .filteredOn(r -> r.docs() == 40 && r.operation().equals("auto-merge of the corpus (total)"))
                .singleElement()
                .satisfies(r -> assertThat(r.verdict()).isIn("OK", "MISSED"));
        // the export target is set for 10,000 documents; at 20 and 40 the rows are information
        assertThat(sut.results())
                .filteredOn(r -> r.operation().startsWith("export") && r.operation().endsWith("(throughput)"))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.verdict()).isEqualTo("info")).extracting(Result::target)
                .containsOnly("-");
        // the first export's target is a ratio to loading the same CASes and writing the same bytes, at every size
        assertThat(sut.results()).filteredOn(r -> r.operation().endsWith("first: no cache (total)")).hasSize(2)
                .allSatisfy(r -> {
                    assertThat(r.verdict()).isIn("OK", "MISSED");
                    assertThat(r.maxRatio()).isEqualTo(1.5);
                });
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        sut.print(new PrintStream(table, true, StandardCharsets.UTF_8));
        String printed = table.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("open a document (p50)", "Scaling")
                .containsPattern("\\n  40 docs: generating the corpus \\d+\\.\\d s, import \\d");
        // the heap kept after a collection, never more than the heap, unlike the pools' peaks summed
        java.util.regex.Matcher heap = java.util.regex.Pattern
                .compile("Heap at 40 docs: at most (\\d+) MB in use right after a collection").matcher(printed);
        assertThat(heap.find()).as(printed).isTrue();
        assertThat(Long.parseLong(heap.group(1))).isLessThanOrEqualTo(Runtime.getRuntime().maxMemory() >> 20);
        // each row as its measurement ends, so that a run failing later keeps it
        assertThat(progress).anyMatch(line -> line.startsWith("bench: open a document (p50)"));
        // each measurement says how long it took, so that a user sees where the run's time goes
        assertThat(progress).anyMatch(line -> line.matches("bench: 40 documents: export took \\d+\\.\\d s"));
        assertThat(sut.took()).extracting(Report.Took::step).contains("generating the corpus", "import", "export",
                "heap");
        assertThat(sut.took()).allSatisfy(t -> assertThat(t.seconds()).isPositive());
        assertThat(sut.took().stream().mapToDouble(Report.Took::seconds).sum()).isLessThanOrEqualTo(
                Double.parseDouble(
                        table.toString(StandardCharsets.UTF_8).replaceAll("(?s).*bench took (\\d+) s.*", "$1"))
                        + 1);
        Path json = tmp.resolve("bench.json");
        sut.writeJson(json);
        assertThat(Files.readString(json)).contains("\"ratio\"", "\"attestSlope\"", "\"peakHeapBytes\"",
                "auto-merge of the corpus", "\"secondsPerStep\"", "\"step\" : \"generating the corpus\"");
        assertThat(tmp.resolve("scratch").resolve("docs-40")).doesNotExist();
    }

    @Test
    void aFullRunMeasuresWhatDependsOnTheSizeAtEverySizeAndTheRestAtTheFirst() {
        Workload.Stage first = new Workload.Stage(false, true, false);
        Workload.Stage later = new Workload.Stage(false, false, true);

        for (Measurement sut : Bench.measurements()) {
            assertThat(sut.runsAt(first)).as(sut.name()).isTrue();
            assertThat(sut.runsAt(later)).as(sut.name()).isEqualTo(!sut.sizeIndependent());
        }
        assertThat(Bench.measurements()).filteredOn(Measurement::sizeIndependent).extracting(Measurement::name)
                .containsExactlyInAnyOrder("workbench", "registry", "suggest-model");
    }

    @Test
    void aQuickRunMeasuresTeamWorkAtItsFirstSizeAndTheRestOnceAtItsLast() {
        Workload.Stage first = new Workload.Stage(true, true, false);
        Workload.Stage last = new Workload.Stage(true, false, true);

        List<String> firstOnly = Bench.measurements().stream().filter(m -> m.runsAt(first) && !m.runsAt(last))
                .map(Measurement::name).toList();
        List<String> lastOnly = Bench.measurements().stream().filter(m -> !m.runsAt(first) && m.runsAt(last))
                .map(Measurement::name).toList();

        assertThat(firstOnly).containsExactlyInAnyOrder("registry", "suggest-model",
                "team: clone and sync through Git");
        assertThat(lastOnly).containsExactlyInAnyOrder("save", "open", "model", "agreement", "auto-merge", "export",
                "claims", "search", "suggest", "heap");
        assertThat(Bench.measurements()).filteredOn(m -> m.runsAt(first) && m.runsAt(last))
                .extracting(Measurement::name).containsExactlyInAnyOrder("import", "start-up");
        assertThat(Bench.measurements()).filteredOn(m -> !m.runsAt(first) && !m.runsAt(last))
                .extracting(Measurement::name).containsExactly("workbench");
    }

    @Test
    void aVerdictMissesWhenTheRatioExceedsTheTarget() {
        assertThat(new Result("open", 10, "ms", 2.0, 1.0, 1.5, "").verdict()).isEqualTo("MISSED");
        assertThat(new Result("open", 10, "ms", 1.4, 1.0, 1.5, "").verdict()).isEqualTo("OK");
        assertThat(new Result("model", 10, "ms", 9.0, 1.0, Double.NaN, "").verdict()).isEqualTo("info");
        assertThat(new Result("agreement", 10, "s", 9.9, 1.0, Double.NaN, 10, "").verdict()).isEqualTo("OK");
        assertThat(new Result("agreement", 10, "s", 10.0, 1.0, Double.NaN, 10, "").verdict()).isEqualTo("MISSED");
        assertThat(new Result("agreement", 10, "s", 10.0, 1.0, Double.NaN, 10, "").target()).isEqualTo("<10 s");
        assertThat(Result.rate("export", 10, "MB/s", 50.0, 20.0, 50, "").verdict()).isEqualTo("OK");
        assertThat(Result.rate("export", 10, "MB/s", 49.9, 20.0, 50, "").verdict()).isEqualTo("MISSED");
    }

    @Test
    void theHeapOfACommandIsReadFromItsGarbageCollectorLog() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("heap"));
        Files.writeString(dir.resolve("gc-100.log"), """
                [0.010s][info][gc] Using G1
                [0.512s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->4M(512M) 3.456ms
                [1.020s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 300M->120M(512M) 9.1ms
                [1.500s][info][gc] GC(2) Pause Full (G1 Compaction Pause) 500M->1536K(512M) 40.2ms
                """);

        double[] sut = ChildHeap.readLogs(dir);

        assertThat(sut).containsExactly(120, 500, 3);
    }

    @Test
    void heapRowsHaveASlopeOfTheirOwnAndNoneAmongTheTimes() {
        List<Result> rows = List.of(new Result("heap: attest info", 1000, "MB", 40, Double.NaN, Double.NaN, 512, ""),
                new Result("heap: attest info", 10000, "MB", 40, Double.NaN, Double.NaN, 512, ""));

        assertThat(Scaling.slopes(rows)).isEmpty();
        assertThat(Scaling.heapSlopes(rows)).singleElement()
                .satisfies(s -> assertThat(s.attest()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void theSlopeOfALinearOperationIsOne() {
        List<Scaling.Slope> slopes = Scaling.slopes(List.of(new Result("import", 1000, "s", 2.0, 1.0, Double.NaN, ""),
                new Result("import", 10000, "s", 20.0, 100.0, Double.NaN, "")));

        assertThat(slopes).singleElement().satisfies(s -> {
            assertThat(s.attest()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(s.baseline()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(s.verdict()).isEqualTo("OK");
        });
    }

    @Test
    void optionsDefaultToOneAndTenThousandDocumentsAndExplainMistakes() {
        assertThat(BenchOptions.parse().sizes()).containsExactly(1000, 10000);
        assertThat(BenchOptions.parse("--quick").sizes()).containsExactly(100, 1000);
        assertThat(BenchOptions.parse("--docs", "10k,1000").sizes()).containsExactly(1000, 10000);
        assertThatThrownBy(() -> BenchOptions.parse("--docs", "many")).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> BenchOptions.parse("--fast")).hasMessageContaining("unknown option '--fast'");
    }

    @Test
    void onlyRunsTheNamedMeasurementsAfterTheImportAndRefusesAnUnknownName() {
        BenchOptions options = BenchOptions.parse("--only", "search");

        assertThat(Bench.measurements(options.only())).extracting(Measurement::name).containsExactly("import",
                "search");
        assertThat(Bench.measurements(List.of())).hasSameSizeAs(Bench.measurements());
        assertThatThrownBy(() -> Bench.measurements(List.of("serch"))).hasMessageContaining("--only serch")
                .hasMessageContaining("search");
    }
}
