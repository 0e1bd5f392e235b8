package org.attest.bench.crash;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.sync.CloneService;
import org.attest.sync.PublishService;
import org.attest.sync.SyncRecovery;
import org.attest.sync.SyncService;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Synchronises an annotator's finished work while a teammate's is waiting on the remote: the sync commits, fetches,
 * merges, writes the folder and publishes. Whatever moment it dies at, her work stays, and the next program finishes
 * it.
 */
final class SyncOperation implements CrashOperation {

    static {
        SyncRecovery.install();
    }

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public int steps() {
        return 1;
    }

    @Override
    public void prepare(Path template) throws Exception {
        Path lead = template.resolve("lead");
        Corpora.imported(lead, template.resolve("scratch"), 8);
        String url = template.resolve("remote.git").toString();
        try (CorpusStore store = CorpusStore.open(lead, CorpusStore.Mode.WRITE, "attest publish")) {
            new PublishService().publish(store, url, "lead", SyncService.Request.plain());
        }
        new CloneService().clone(url, template.resolve("ben"), "ben", null, null);
        Corpora.annotated(template.resolve("ben"), DocumentState.FINISHED, "ben");
        sync(template.resolve("ben"));
        new CloneService().clone(url, template.resolve("corpus"), "anna", null, null);
        Corpora.annotated(template.resolve("corpus"), DocumentState.FINISHED, "anna");
    }

    @Override
    public void step(Path trial, int index) throws Exception {
        pointAtOwnRemote(trial);
        sync(trial.resolve("corpus"));
    }

    @Override
    public List<String> recover(Path trial) throws Exception {
        pointAtOwnRemote(trial);
        return CrashOperation.super.recover(trial);
    }

    @Override
    public boolean check(Path trial, int done) throws Exception {
        try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.READ,
                "crash trials check")) {
            List<Document> documents = store.corpus().getDocuments();
            long annas = documents.stream()
                    .filter(d -> CorpusStore.state(d, "anna") == DocumentState.FINISHED && store.hasCas(d, "anna"))
                    .count();
            Corpora.whole("anna's finished work, which no sync may lose,", annas, documents.size());
            long bens = documents.stream()
                    .filter(d -> CorpusStore.state(d, "ben") == DocumentState.FINISHED && store.hasCas(d, "ben"))
                    .count();
            boolean received = Corpora.wholeOrNone("ben's work brought in by the sync", bens, documents.size());
            try (Git local = Git.open(trial.resolve("corpus").toFile());
                    Git remote = Git.open(trial.resolve("remote.git").toFile())) {
                ObjectId head = local.getRepository().resolve("HEAD");
                ObjectId published = remote.getRepository().resolve("refs/heads/main");
                boolean synced = received && head.equals(published) && local.status().call().isClean();
                if (done == 1 && !synced) {
                    throw new IllegalStateException(
                            "the sync returned but the folder, its branch and the remote do not agree");
                }
                return synced;
            }
        }
    }

    private static void sync(Path dir) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "attest sync")) {
            new SyncService().sync(store, SyncService.Request.plain());
        }
    }

    /** A trial is a copy of the template: its clone must publish to its own copy of the remote, not the template's. */
    private static void pointAtOwnRemote(Path trial) throws Exception {
        Path config = trial.resolve("corpus/.git/config");
        String text = Files.readString(config, StandardCharsets.UTF_8);
        String own = "url = " + trial.resolve("remote.git");
        String fixed = text.replaceAll("url = .*remote\\.git", java.util.regex.Matcher.quoteReplacement(own));
        if (!fixed.equals(text)) {
            Files.writeString(config, fixed, StandardCharsets.UTF_8);
        }
    }
}
