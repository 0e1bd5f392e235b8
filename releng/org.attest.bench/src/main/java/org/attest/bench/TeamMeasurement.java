package org.attest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.uima.cas.CAS;
import org.attest.cas.Layers;
import org.attest.curation.CurationService;
import org.attest.curation.MergeRequest;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusStore;
import org.attest.sync.CloneService;
import org.attest.sync.PublishService;
import org.attest.sync.SyncResult;
import org.attest.sync.SyncService;

/**
 * Team work through Git on the corpus the other measurements built (every document with three annotators' finished
 * work): cloning it against {@code git clone} of the same repository, and a synchronisation that publishes 10 changed
 * documents and receives 10 others, against the git command line's transfer (fetch and push) of the same commits.
 */
final class TeamMeasurement implements Measurement {

    /** The largest acceptable ratio of Attest's clone to {@code git clone}. */
    static final double MAX_CLONE_RATIO = 1.5;

    /** What a sync of 10 documents each way may take beyond moving the commits, in seconds. */
    static final double SYNC_BEYOND_TRANSFER = 1.0;

    private static final int CHANGED = 10;

    // clones of each kind timed, at least, in a corpus of up to SMALL documents, whatever the rounds of the run: one
    // clone of a hundred documents takes a tenth of a second, so one alone said 0.5x in one quick run and 1.9x in the
    // next
    private static final int CLONES = 5;

    private static final int SMALL = 1_000;

    /** A quick run clones and synchronises its first, smaller corpus only (the others, every size). */
    @Override
    public boolean runsAt(Workload.Stage stage) {
        return !stage.quick() || stage.first();
    }

    @Override
    public String name() {
        return "team: clone and sync through Git";
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        prepare(w.store(), w);
        Path team = Files.createDirectories(w.dir().resolve("team"));
        String url = team.resolve("corpus.git").toUri().toString();
        new PublishService().publish(w.store(), url, "lead", SyncService.Request.plain());
        // warm-up, not counted: the first clone in a JVM loads and compiles JGit's code, the first git clone fills the
        // page cache with the repository
        Path warm = Files.createDirectories(team.resolve("warm-up"));
        timeClone(url, warm.resolve("attest"));
        timeGit(team, "clone", "--quiet", url, warm.resolve("git").toString());
        Bench.deleteTree(warm);
        int clones = Math.max(w.size() <= SMALL ? CLONES : 1, w.rounds());
        long[] attest = new long[clones];
        long[] git = new long[clones];
        for (int round = 0; round < clones; round++) {
            Path mine = team.resolve("attest-" + round);
            Path theirs = team.resolve("git-" + round);
            if (round % 2 == 0) {
                attest[round] = timeClone(url, mine);
                git[round] = timeGit(team, "clone", "--quiet", url, theirs.toString());
            } else {
                git[round] = timeGit(team, "clone", "--quiet", url, theirs.toString());
                attest[round] = timeClone(url, mine);
            }
        }
        double cloneSeconds = Timings.median(attest) / 1e9;
        double gitSeconds = Timings.median(git) / 1e9;
        List<Result> results = new ArrayList<>();
        results.add(new Result("clone the team corpus", w.size(), "s", cloneSeconds, gitSeconds, MAX_CLONE_RATIO,
                String.format(Locale.ROOT,
                        "median of %d: CloneService (JGit fetch, Attest's checkout on all cores, counting the corpus) vs 'git clone' of the same file:// repository, %d docs x %d annotators + gold",
                        clones, w.size(), SyntheticCorpus.ANNOTATORS.size())));
        results.add(sync(w, team, url));
        return results;
    }

    // Run alone (--only team...), the corpus lacks what the agreement and merge rows leave in it: the annotators'
    // finished work and the gold, written here untimed, so that the rows always measure the corpus they describe.
    private static void prepare(CorpusStore store, Workload w) throws Exception {
        FinishedWork.ensure(store, w.corpus());
        if (!Files.exists(store.layout().gold(store.corpus().getDocuments().get(0).getId()))) {
            new CurationService(store).merge(MergeRequest.defaults(), m -> {
            });
        }
    }

    // Two clones change 10 documents each; the first publishes, the timed sync of the second publishes its 10 and
    // receives the others.
    // The baseline moves the same commits with the git command line: a fetch of the first's commit, a push of the
    // second's.
    private Result sync(Workload w, Path team, String url) throws Exception {
        Path ann1 = team.resolve("attest-0");
        Path ann2 = team.resolve("attest-1");
        Path plain = team.resolve("git-0");
        Path copy = team.resolve("copy.git");
        Team.git(team, "clone", "--quiet", "--bare", url, copy.toString());
        change(ann2, SyntheticCorpus.ANNOTATORS.get(1), 0);
        Team.sync(ann2);
        long fetch = timeGit(plain, "fetch", "--quiet", url, "main");
        Team.git(plain, "push", "--quiet", copy.toUri().toString(), "FETCH_HEAD:refs/heads/main");
        change(ann1, SyntheticCorpus.ANNOTATORS.get(0), CHANGED);
        SyncResult result;
        long sync;
        try (CorpusStore store = CorpusStore.open(ann1, CorpusStore.Mode.WRITE, "bench")) {
            Disk.settle();
            long start = System.nanoTime();
            result = new SyncService().sync(store, SyncService.Request.plain());
            sync = System.nanoTime() - start;
        }
        if (result.received().size() != 1 || result.published() != 2 || result.committed() == null) {
            throw new IllegalStateException("the timed sync did not publish and receive as planned: " + result);
        }
        Team.git(plain, "fetch", "--quiet", url, "main");
        long push = timeGit(plain, "push", "--quiet", copy.toUri().toString(), "FETCH_HEAD:refs/heads/main");
        double transfer = (fetch + push) / 1e9;
        return new Result("sync: publish 10 documents, receive 10", w.size(), "s", sync / 1e9, transfer, Double.NaN,
                SYNC_BEYOND_TRANSFER + transfer,
                String.format(Locale.ROOT,
                        "SyncService on an open store: commit, fetch, merge, checkout, push; bound = %.1f s + the transfer "
                                + "(baseline: the git command line fetching the 10 received and pushing the 10 published documents' commits, %.2f s)",
                        SYNC_BEYOND_TRANSFER, transfer));
    }

    // An annotator adds an entity mention to {@code CHANGED} documents starting at {@code from} and marks them
    // finished.
    private static void change(Path clone, String annotator, int from) throws Exception {
        try (CorpusStore store = CorpusStore.open(clone, CorpusStore.Mode.WRITE, "bench")) {
            List<Document> documents = store.corpus().getDocuments();
            for (int i = from; i < from + CHANGED; i++) {
                Document d = documents.get(i);
                CAS cas = store.readCas(d, annotator);
                new Layers(cas, store.corpus().getSchema()).addSpan(DefaultSchema.ENTITY, 0, 1,
                        java.util.Map.of("type", "OTHER"));
                store.writeCas(d, annotator, cas);
                store.setState(d, store.ensureAnnotator(annotator), DocumentState.IN_PROGRESS);
            }
            store.saveModel();
        }
    }

    private static long timeClone(String url, Path dir) throws Exception {
        Disk.settle();
        long start = System.nanoTime();
        new CloneService().clone(url, dir, "bench", null, null);
        return System.nanoTime() - start;
    }

    private static long timeGit(Path dir, String... args) throws IOException, InterruptedException {
        Disk.settle();
        long start = System.nanoTime();
        Team.git(dir, args);
        return System.nanoTime() - start;
    }

    /** The team helpers of the bench: the git command line and a plain sync. */
    static final class Team {

        private Team() {
        }

        static SyncResult sync(Path dir) throws Exception {
            try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "bench")) {
                return new SyncService().sync(store, SyncService.Request.plain());
            }
        }

        static String git(Path dir, String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(
                    List.of("git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid"));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("git " + String.join(" ", args) + " failed in " + dir + ": " + out);
            }
            return out;
        }
    }
}
