package org.attest.bench.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.attest.store.CorpusStore;
import org.attest.validate.CorpusValidator;

/**
 * The crash harness: runs each writing operation in a child JVM, kills it with SIGKILL at a random moment, recovers as
 * the next program would and checks that the corpus validates, every step that returned before the kill is there, the
 * interrupted one is wholly there or wholly absent, and a rerun completes.
 */
public final class CrashTrials {

    static final String USAGE = """
            Usage: ./attest crash [--trials N] [--seed S] [--only OPERATION,...] [--workers N] [--dir DIR]
              Kills Attest's writing operations at random moments and checks recovery (default 1000 trials, seed 1, one
              trial at a time; --workers runs several at once).
            """;

    private CrashTrials() {
    }

    /** Runs the trials of the command line {@code args}; exits 1 when a trial found a violation, 2 on a usage error. */
    public static void main(String[] args) throws Exception {
        int trials = 1000;
        long seed = 1;
        List<String> only = List.of();
        Path dir = null;
        int workers = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--trials" -> trials = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                case "--dir" -> dir = Path.of(args[++i]);
                case "--workers" -> workers = Integer.parseInt(args[++i]);
                case "--help", "-h" -> {
                    System.out.print(USAGE);
                    return;
                }
                default -> {
                    System.err.print("attest crash: unknown option " + args[i] + "\n" + USAGE);
                    System.exit(2);
                }
            }
        }
        Path scratch = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("attest-crash");
        Map<String, Tally> tallies = run(trials, seed, only, workers, scratch, System.out::println);
        System.out.println();
        System.out.print(Tally.table(tallies));
        if (dir == null) {
            delete(scratch);
        }
        if (tallies.values().stream().anyMatch(t -> !t.violations.isEmpty())) {
            System.exit(1);
        }
    }

    /**
     * Runs {@code trials} trials spread over the operations (all, or those named in {@code only}), seeded by
     * {@code seed},
     * {@code workers} at a time.
     */
    public static Map<String, Tally> run(int trials, long seed, List<String> only, int workers, Path scratch,
            Consumer<String> log) throws Exception {
        List<CrashOperation> operations = CrashOperations.all().stream()
                .filter(o -> only.isEmpty() || only.contains(o.name())).toList();
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("no operation is named " + only + "; there are "
                    + CrashOperations.all().stream().map(CrashOperation::name).toList());
        }
        Random random = new Random(seed);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, Long> millis = new LinkedHashMap<>();
        for (CrashOperation operation : operations) {
            Path template = scratch.resolve("template-" + operation.name().replace(' ', '-'));
            delete(template);
            operation.prepare(template);
            // the kills fall within the time the steps take without one: the shorter of two runs, as a busy machine
            // slows one
            for (int run = 0; run < 2; run++) {
                Path calibration = copy(template, scratch.resolve("calibration"));
                ChildJvm child = ChildJvm.start(operation, calibration);
                long start = child.awaitReady();
                int done = child.awaitEnd();
                long took = Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                millis.merge(operation.name(), took, Math::min);
                if (done != operation.steps()) {
                    throw new IllegalStateException(operation.name() + " did not run to its end without a kill (" + done
                            + " of " + operation.steps()
                            + " steps):\n" + child.errors());
                }
                delete(calibration);
            }
            tallies.put(operation.name(), new Tally(operation.steps()));
            log.accept("crash trials: " + operation.name() + " runs its steps in " + millis.get(operation.name())
                    + " ms without a kill (after the JVM started)");
        }
        // the kill moments are drawn in trial order, so a seed gives the same trials whatever the number of workers
        long[] delays = new long[trials];
        for (int t = 0; t < trials; t++) {
            delays[t] = (long) (random.nextDouble() * millis.get(operations.get(t % operations.size()).name()) * 1.1);
        }
        AtomicInteger finished = new AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors
                .newFixedThreadPool(Math.max(1, workers));
        try {
            List<java.util.concurrent.Future<?>> all = new ArrayList<>();
            for (int t = 0; t < trials; t++) {
                int index = t;
                all.add(pool.submit(() -> {
                    CrashOperation operation = operations.get(index % operations.size());
                    Tally tally = tallies.get(operation.name());
                    Path trial = scratch.resolve("trial-" + index);
                    try {
                        copy(scratch.resolve("template-" + operation.name().replace(' ', '-')), trial);
                        trial(operation, trial, delays[index], tally);
                    } catch (Exception | AssertionError e) {
                        synchronized (tally) {
                            tally.trials++;
                            tally.violations.add("trial " + index + " (seed " + seed + ", kill after " + delays[index]
                                    + " ms): " + e.getMessage());
                        }
                        log.accept("crash trials: VIOLATION in trial " + index + " of " + operation.name() + ": "
                                + e.getMessage());
                    }
                    try {
                        delete(trial);
                    } catch (IOException e) {
                        log.accept("crash trials: could not remove " + trial + ": " + e.getMessage());
                    }
                    int count = finished.incrementAndGet();
                    if (count % 50 == 0) {
                        log.accept("crash trials: " + count + " of " + trials + " done");
                    }
                    if (count % 200 == 0 && count < trials) {
                        synchronized (CrashTrials.class) {
                            log.accept(Tally.table(tallies));
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return tallies;
    }

    private static void trial(CrashOperation operation, Path trial, long delay, Tally tally) throws Exception {
        ChildJvm child = ChildJvm.start(operation, trial);
        int done = child.killAfter(delay);
        List<String> notes = operation.recover(trial);
        boolean present = operation.check(trial, done);
        validate(trial, "after recovery");
        int next = present ? done + 1 : done;
        boolean rerun = next < operation.steps();
        if (rerun) {
            operation.step(trial, next);
            operation.check(trial, next + 1);
            validate(trial, "after the rerun");
        }
        synchronized (tally) {
            tally.trials++;
            tally.count(notes);
            if (done == operation.steps()) {
                tally.finishedBeforeKill++;
            } else if (present) {
                tally.interruptedThere++;
            } else {
                tally.interruptedAbsent++;
            }
            tally.reruns += rerun ? 1 : 0;
        }
    }

    private static void validate(Path trial, String when) throws Exception {
        try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.READ,
                "crash trials check")) {
            var findings = new CorpusValidator(store).validate(m -> {
            });
            if (!findings.isEmpty()) {
                throw new IllegalStateException(
                        "the corpus does not validate " + when + ": " + findings.get(0).describe()
                                + (findings.size() > 1 ? " (and " + (findings.size() - 1) + " more)" : ""));
            }
        }
    }

    static Path copy(Path from, Path to) throws IOException {
        delete(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
