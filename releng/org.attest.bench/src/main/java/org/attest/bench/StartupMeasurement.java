package org.attest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long a user waits for a command: the product's {@code bin/attest --version} and {@code bin/attest info} on the
 * imported corpus, each a new process, against a Java hello-world started on the same Java with the same heap; also
 * the first command after installing (through OSGi, which writes the quick start's class path) and the same
 * {@code --version} through OSGi ({@code ATTEST_OSGI=1}), for information.
 */
final class StartupMeasurement implements Measurement {

    /** The system property naming the product folder (the one holding {@code bin/attest}); set by ./attest bench. */
    static final String PRODUCT = "attest.product";

    /** How many times {@code --version} may take the hello-world's time. */
    static final double MAX_VERSION_RATIO = 3.0;

    /** How many times {@code info} may take the hello-world's time. */
    static final double MAX_INFO_RATIO = 6.0;

    private static final int ROUNDS = 5;

    private static final int QUICK_ROUNDS = 3;

    @Override
    public String name() {
        return "start-up";
    }

    /** Runs at every size, quick or not: {@code info} reads the corpus model, whose size it depends on. */
    @Override
    public boolean runsAt(Workload.Stage stage) {
        return true;
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        Path product = product();
        if (product == null) {
            String note = "no product: ./attest bench builds it and names it with -D" + PRODUCT;
            return List.of(
                    new Result("attest --version, cold start", w.size(), "s", Double.NaN, Double.NaN,
                            MAX_VERSION_RATIO, note),
                    new Result("attest info, cold start", w.size(), "s", Double.NaN, Double.NaN, MAX_INFO_RATIO, note));
        }
        List<String> version = List.of(product.resolve("bin/attest").toString(), "--version");
        List<String> info = List.of(product.resolve("bin/attest").toString(), "info", w.corpusDir().toString());
        List<String> hello = Launches.hello();
        // the timed runs start as a user's do after that: on the quick start, with its class-data archive
        Launches launches = new Launches(w.dir().resolve("launches"),
                BenchHome.environment(BenchHome.prepared(w, product)));
        int rounds = w.stage().quick() ? QUICK_ROUNDS : ROUNDS;
        long[] infos = Timings.alternatingMedians(rounds, () -> launches.time(info), () -> launches.time(hello));
        String how = String.format(Locale.ROOT, "median of %d new processes each, alternating with the baseline: %s"
                + " of the product vs 'java -Xmx2g Hello' on the same Java (%s)", rounds, "bin/attest",
                Runtime.version());
        Result infoRow = new Result("attest info, cold start", w.size(), "s", infos[0] / 1e9, infos[1] / 1e9,
                MAX_INFO_RATIO, how + "; info reads the corpus model of " + w.size() + " documents");
        if (!w.stage().first()) {
            // the rest does not depend on the corpus
            return List.of(infoRow);
        }
        long[] versions = Timings.alternatingMedians(rounds, () -> launches.time(version), () -> launches.time(hello));
        if (w.stage().quick()) {
            // a quick run leaves out the information rows: starting through OSGi takes seconds each time
            return List.of(versionRow(w, versions, how), infoRow);
        }
        // a new ATTEST_HOME: the first command starts through OSGi and writes the class path
        double first = new Launches(w.dir().resolve("launches"),
                BenchHome.environment(w.dir().resolve("new-attest-home"))).time(version) / 1e9;
        long[] osgi = new long[2];
        for (int i = 0; i < osgi.length; i++) {
            osgi[i] = launches.time(version, Map.of("ATTEST_OSGI", "1"));
        }
        double helloSeconds = versions[1] / 1e9;
        List<Result> results = new ArrayList<>();
        results.add(versionRow(w, versions, how));
        results.add(infoRow);
        results.add(new Result("attest --version through OSGi", w.size(), "s", Timings.median(osgi) / 1e9,
                helloSeconds, Double.NaN, "ATTEST_OSGI=1: the whole Equinox framework, as before the quick start"));
        results.add(new Result("first command after installing", w.size(), "s", first, helloSeconds, Double.NaN,
                "one run: through OSGi, writing the quick start's class path to a new ATTEST_HOME"));
        return results;
    }

    private static Result versionRow(Workload w, long[] versions, String how) {
        return new Result("attest --version, cold start", w.size(), "s", versions[0] / 1e9, versions[1] / 1e9,
                MAX_VERSION_RATIO, how);
    }

    /** Returns the product folder named by {@value #PRODUCT}, or null when none is named or it has no bin/attest. */
    static Path product() {
        String named = System.getProperty(PRODUCT);
        if (named == null || named.isBlank()) {
            return null;
        }
        Path product = Path.of(named);
        return Files.isExecutable(product.resolve("bin/attest")) ? product : null;
    }
}
