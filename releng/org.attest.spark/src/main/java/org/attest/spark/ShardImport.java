package org.attest.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attest.imports.ImportReport;
import org.attest.imports.ImportService;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.io.LabelMap;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.store.fs.Folders;

/**
 * Imports the articles of one shard into its corpus folder with Attest's own import (the one {@code attest import}
 * runs): all or nothing, a text already in the shard is left as it is, so a second run adds nothing.
 */
final class ShardImport {

    /**
     * What one shard's import did.
     *
     * @param shard the shard's folder name
     * @param read the articles the shard was given
     * @param added the documents added
     * @param unchanged the articles whose text the shard already held
     */
    record Report(String shard, int read, int added, int unchanged) implements Serializable {
    }

    private ShardImport() {
    }

    /**
     * Imports {@code lines} into shard {@code index} under {@code out}, creating the corpus when absent; a shard given
     * no articles is still created, so every shard exists.
     */
    static Report run(Path out, int index, Iterator<ArticleLine> lines) throws Exception {
        String name = ShardKey.folder(index);
        Path dir = out.resolve(name);
        List<ArticleLine> articles = new ArrayList<>();
        lines.forEachRemaining(articles::add);
        Collections.sort(articles);
        boolean exists = Files.isDirectory(dir) && !isEmpty(dir);
        try (CorpusStore store = exists
                ? CorpusStore.open(dir, CorpusStore.Mode.WRITE, "attest spark import")
                : CorpusStore.init(dir, name, "attest spark import")) {
            if (articles.isEmpty()) {
                return new Report(name, 0, 0, 0);
            }
            Path staging = Files.createTempDirectory("attest-spark-import-");
            try {
                // the shard's articles as one JSON Lines file, named after the shard: the import records
                // "shard-003.jsonl:LINE" as each document's source, the same on every run
                Path file = staging.resolve(name + ".jsonl");
                StringBuilder text = new StringBuilder();
                articles.forEach(a -> text.append(a.json()).append('\n'));
                Files.writeString(file, text, StandardCharsets.UTF_8);
                ImportOptions options = new ImportOptions(Long.MAX_VALUE / 2, null, false).withFormat("jsonl")
                        .withLabelMap(LabelMap.defaults());
                ImportReport report;
                try {
                    report = new ImportService(store).run(
                            new ImportService.Request(List.of(file), options, null, DocumentState.IN_PROGRESS),
                            message -> {
                            });
                } catch (ImportException e) {
                    throw new ImportException(origin(e.getMessage(), file, articles));
                }
                return new Report(name, articles.size(), report.added().size(), report.duplicates().size());
            } finally {
                Folders.deleteQuietly(staging);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }

    /** Words {@code message} about line N of the shard's staging file in terms of the input file and article id. */
    static String origin(String message, Path file, List<ArticleLine> articles) {
        Matcher m = Pattern.compile(Pattern.quote(file.toString()) + ":(\\d+)").matcher(message);
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            String where = line >= 1 && line <= articles.size()
                    ? articles.get(line - 1).source() + " (article id \"" + articles.get(line - 1).id() + "\")"
                    : m.group();
            m.appendReplacement(result, Matcher.quoteReplacement(where));
        }
        m.appendTail(result);
        return result.toString().replace(file.toString(), "the input");
    }
}
