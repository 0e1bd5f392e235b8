package org.attest.bench.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attest.export.ExportRequest;
import org.attest.export.ExportService;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.store.Hashes;
import org.attest.store.fs.Recovery;

/** Exports the corpus again and again into one folder, with a new split seed each step. */
final class ExportOperation implements CrashOperation {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public int steps() {
        return 4;
    }

    @Override
    public void prepare(Path template) throws Exception {
        Corpora.imported(template.resolve("corpus"), template.resolve("scratch"), 24);
        Corpora.annotated(template.resolve("corpus"), DocumentState.FINISHED, "anna");
    }

    @Override
    public void step(Path trial, int index) throws Exception {
        try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.READ, "attest export")) {
            new ExportService(store)
                    .export(new ExportRequest("jsonl", "anna", List.of(80, 10, 10), index, trial.resolve("out")), m -> {
                    });
        }
    }

    /** An export is recovered by the next export into its folder; so is it here, before the check. */
    @Override
    public List<String> recover(Path trial) throws Exception {
        Path out = trial.resolve("out");
        return Files.isDirectory(out) ? Recovery.recover(out, false) : List.of();
    }

    @Override
    public boolean check(Path trial, int done) throws Exception {
        Path out = trial.resolve("out");
        Path manifest = out.resolve(ExportService.MANIFEST);
        if (!Files.exists(manifest)) {
            Corpora.whole("the exports", done, 0);
            try (Stream<Path> files = Files.exists(out) ? Files.walk(out) : Stream.empty()) {
                List<Path> stray = files.filter(Files::isRegularFile).toList();
                if (!stray.isEmpty()) {
                    throw new IllegalStateException("the output folder holds files but no manifest: " + stray);
                }
            }
            return false;
        }
        JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(manifest));
        Set<String> listed = new HashSet<>();
        for (JsonNode file : root.get("files")) {
            Path path = out.resolve(file.get("path").asText());
            listed.add(out.relativize(path).toString());
            if (!Files.exists(path) || !Hashes.sha256(Files.readAllBytes(path)).equals(file.get("sha256").asText())) {
                throw new IllegalStateException(
                        path + " is not the file the manifest names: the folder mixes two exports");
            }
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(file).toString();
                if (!rel.equals(ExportService.MANIFEST) && !listed.contains(rel)) {
                    throw new IllegalStateException(
                            "the output folder holds " + rel + ", which its manifest does not name");
                }
            }
        }
        long seed = root.get("seed").asLong();
        if (seed != done && seed != done - 1) {
            throw new IllegalStateException(
                    "the output folder holds the export of step " + seed + " though " + done + " returned");
        }
        return seed == done;
    }
}
