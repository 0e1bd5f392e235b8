package org.attest.sync.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.uima.cas.CAS;
import org.attest.demo.ScriptedAnnotator;
import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.sync.CloneService;
import org.attest.sync.PublishService;
import org.attest.sync.SyncResult;
import org.attest.sync.SyncService;

/** A team on one machine: a bare repository as the remote, and a clone per person, driven through Attest's services. */
final class Team {

    final Path root;
    final Path bare;

    Team(Path root) {
        this.root = root;
        this.bare = root.resolve("remote/flood.git");
    }

    /** The lead's corpus folder. */
    Path lead() {
        return root.resolve("lead");
    }

    /** The folder of {@code person}'s clone. */
    Path home(String person) {
        return root.resolve(person);
    }

    /**
     * The lead creates a corpus, imports the project's samples and publishes it to a new bare repository (made by the
     * git command line).
     */
    Team published() throws Exception {
        git(root, "init", "--bare", "--initial-branch=main", bare.toString());
        return publishedTo(bare.toString());
    }

    /** The lead creates a corpus, imports the project's samples and publishes it to {@code url}. */
    Team publishedTo(String url) throws Exception {
        try (CorpusStore store = CorpusStore.init(lead(), "flood", "test")) {
            new ImportService(store)
                    .run(new ImportService.Request(List.of(samples()), ImportOptions.defaults(), null, null), m -> {
                    });
            new PublishService().publish(store, url, "lead", SyncService.Request.plain());
        }
        return this;
    }

    /** Clones the team corpus for {@code person}. */
    Path cloneAs(String person) throws Exception {
        new CloneService().clone(url(), home(person), person, null, null);
        return home(person);
    }

    /** The URL the clones use. */
    String url() {
        return bare.toString();
    }

    /**
     * Lets {@code annotator} annotate {@code documents} (all when empty) in {@code dir} and leave each in
     * {@code state}.
     */
    static void annotate(Path dir, Personality annotator, DocumentState state, String... documents) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            ScriptedAnnotator script = new ScriptedAnnotator(store.corpus().getSchema(), annotator);
            for (Document document : store.corpus().getDocuments()) {
                if (documents.length > 0 && !List.of(documents).contains(document.getId())) {
                    continue;
                }
                CAS cas = store.readCas(document, annotator.name());
                script.annotate(cas);
                store.writeCas(document, annotator.name(), cas);
                store.setState(document, store.ensureAnnotator(annotator.name()), state);
            }
            store.saveModel();
        }
    }

    /** Synchronises the corpus in {@code dir}. */
    static SyncResult sync(Path dir) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "attest sync")) {
            return new SyncService().sync(store, SyncService.Request.plain());
        }
    }

    /** Runs the git command line in {@code dir} and returns what it printed; fails the test when git fails. */
    static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-c");
        command.add("user.name=cli");
        command.add("-c");
        command.add("user.email=cli@example.invalid");
        command.addAll(List.of(args));
        Files.createDirectories(dir);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " failed in " + dir + ":\n" + output);
        }
        return output;
    }

    /** The project's own sample articles. */
    static Path samples() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("samples/harbour-flood-a.txt"))) {
                return dir.resolve("samples");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(
                "the project's samples/ folder was not found above " + Path.of("").toAbsolutePath());
    }
}
