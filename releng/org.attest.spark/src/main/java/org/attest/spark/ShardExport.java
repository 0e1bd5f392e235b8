package org.attest.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
     * @param documents the document ids per part, in part order and sorted, as written; empty when nothing was exported
     * @param pieces the length in bytes of each document's piece of the part's file, in the order written, for the
     *     formats whose file is its documents' pieces one after another
     * @param notExported why the shard gave nothing, or null
     */
    record Result(String shard, String dir, Map<String, List<String>> documents, Map<String, List<Long>> pieces,
            String notExported)
            implements
                Serializable {
    }

    /**
     * The documents a shard's export would write.
     *
     * @param shard the shard's folder name
     * @param ids the ids, sorted; empty when nothing would be exported
     * @param notExported why the shard gives nothing, or null
     */
    record Listing(String shard, List<String> ids, String notExported) implements Serializable {
    }

    private ShardExport() {
    }

    /** Lists what an export of the corpus in {@code dir} from {@code from} would write. */
    static Listing list(String dir, String format, String from) throws Exception {
        Path corpus = Path.of(dir);
        ExportRequest request = new ExportRequest(format, from, List.of(100), 0, corpus);
        String name = corpus.getFileName().toString();
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "attest spark export")) {
            return new Listing(name, new ArrayList<>(new ExportService(store).exportable(request)), null);
        } catch (CorpusException e) {
            if (e.remedy() == CorpusException.Remedy.CURATE_FIRST) {
                return new Listing(name, List.of(), e.getMessage());
            }
            throw e;
        }
    }

    /**
     * Exports the corpus in {@code dir} as {@code format} from {@code from} with {@code split} and {@code seed} into
     * {@code out}, its documents in the {@code parts} drawn over all corpora exported together; a shard without curated
     * documents is reported, not failed, as the others still make a training set.
     */
    static Result run(String dir, String format, String from, String split, long seed,
            Map<String, List<String>> parts, Path out) throws Exception {
        Path corpus = Path.of(dir);
        String name = corpus.getFileName().toString();
        ExportRequest here = new ExportRequest(format, from, ExportRequest.parseSplit(split), seed, out)
                .withParts(parts);
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "attest spark export")) {
            ExportResult result = new ExportService(store).export(here, message -> {
            });
            Map<String, List<String>> documents = new LinkedHashMap<>();
            Map<String, List<Long>> pieces = new HashMap<>();
            result.documents().forEach((part, ids) -> {
                documents.put(part, new ArrayList<>(ids));
                pieces.put(part, new ArrayList<>(result.reports().get(part).pieces()));
            });
            return new Result(name, dir, documents, pieces, null);
        } catch (CorpusException e) {
            if (e.remedy() == CorpusException.Remedy.CURATE_FIRST) {
                return new Result(name, dir, Map.of(), Map.of(), e.getMessage());
            }
            throw e;
        }
    }
}
