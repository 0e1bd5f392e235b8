package org.attest.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.attest.export.ExportRequest;
import org.attest.export.ExportResult;
import org.attest.export.ExportService;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;

/** Exports one shard with Attest's own export (the one {@code attest export} runs) into its own folder. */
final class ShardExport {

    /**
     * What one shard's export did.
     *
     * @param shard the shard's folder name
     * @param dir the shard's corpus folder
     * @param documents the documents per part, in part order; empty when nothing was exported
     * @param notExported why the shard gave nothing, or null
     */
    record Result(String shard, String dir, Map<String, Integer> documents, String notExported)
            implements
                Serializable {
    }

    private ShardExport() {
    }

    /**
     * Exports the corpus in {@code dir} as {@code format} from {@code from} with {@code split} and {@code seed} into
     * {@code out}; a shard without curated documents is reported, not failed, as the others still make a training set.
     */
    static Result run(String dir, String format, String from, String split, long seed, Path out) throws Exception {
        Path corpus = Path.of(dir);
        String name = corpus.getFileName().toString();
        ExportRequest request = new ExportRequest(format, from, ExportRequest.parseSplit(split), seed, out);
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "attest spark export")) {
            ExportResult result = new ExportService(store).export(request, message -> {
            });
            Map<String, Integer> documents = new LinkedHashMap<>();
            result.documents().forEach((part, ids) -> documents.put(part, ids.size()));
            return new Result(name, dir, documents, null);
        } catch (CorpusException e) {
            if (e.remedy() == CorpusException.Remedy.CURATE_FIRST) {
                return new Result(name, dir, Map.of(), e.getMessage());
            }
            throw e;
        }
    }
}
