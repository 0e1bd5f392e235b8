package org.attest.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.store.CorpusStore;

/**
 * Import of the generated .txt articles: Attest's all-or-nothing {@link ImportService} against a plain UIMA program
 * that puts each text in a CAS, saves it with {@code CasIOUtils} and writes it durably.
 */
final class ImportMeasurement implements Measurement {

    private static final int WARM_UP_DOCS = 40;

    @Override
    public String name() {
        return "import";
    }

    /** Runs at every size, quick or not: the import makes the corpus the others measure, and gives the slope. */
    @Override
    public boolean runsAt(Workload.Stage stage) {
        return true;
    }

    @Override
    public List<Result> measure(Workload w) throws Exception {
        List<Path> files = listTexts(w.texts());
        Path warmUp = w.dir().resolve("warm-up");
        attest(files.subList(0, Math.min(WARM_UP_DOCS, files.size())), warmUp.resolve("corpus"));
        plain(w, files.subList(0, Math.min(WARM_UP_DOCS, files.size())),
                Files.createDirectories(warmUp.resolve("plain")));

        long attest = attest(files, w.corpusDir());
        long plain = plain(w, files, Files.createDirectories(w.dir().resolve("plain-import")));
        double attestSeconds = attest / 1e9;
        double plainSeconds = plain / 1e9;
        return List
                .of(new Result("import .txt articles (total)", w.size(), "s", attestSeconds, plainSeconds, Double.NaN,
                        String.format(java.util.Locale.ROOT,
                                "%.0f vs %.0f docs/s; baseline: text into a CAS, CasIOUtils.save,"
                                        + " write+fsync+rename+fsync(dir) per document",
                                w.size() / attestSeconds, w.size() / plainSeconds)));
    }

    private static List<Path> listTexts(Path dir) throws java.io.IOException {
        try (var stream = Files.list(dir)) {
            return stream.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static long attest(List<Path> files, Path corpusDir) throws Exception {
        long start = System.nanoTime();
        try (CorpusStore store = CorpusStore.init(corpusDir, "bench", "bench import")) {
            new ImportService(store).run(new ImportService.Request(files, ImportOptions.defaults(), null, null),
                    message -> {
                    });
        }
        return System.nanoTime() - start;
    }

    private static long plain(Workload w, List<Path> files, Path out) throws Exception {
        long start = System.nanoTime();
        for (Path file : files) {
            CAS cas = w.plain().newCas();
            cas.setDocumentText(Files.readString(file, StandardCharsets.UTF_8));
            String name = file.getFileName().toString();
            PlainUima.durableWrite(out.resolve(name.substring(0, name.length() - 4) + ".bcas"), PlainUima.save(cas));
        }
        return System.nanoTime() - start;
    }
}
