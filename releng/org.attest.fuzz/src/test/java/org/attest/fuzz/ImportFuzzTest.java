package org.attest.fuzz;

import java.nio.file.Path;
import java.util.Set;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.uima.cas.CAS;
import org.attest.cas.CasFactory;
import org.attest.io.Article;
import org.attest.io.ArticleAnnotations;
import org.attest.io.ArticleReaders;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;

/**
 * Fuzzes the readers of imported articles (plain text with its metadata sidecar, JSON Lines, UIMA XMI with its type
 * system, brat standoff with its text) and what the import then does with a clean result: the article's annotations
 * are added to a new CAS, where an IllegalArgumentException is the import's error for that file.
 */
final class ImportFuzzTest {

    private static final Schema SCHEMA = DefaultSchema.create();
    private static final CasFactory FACTORY = new CasFactory(SCHEMA);
    private static final Set<Class<? extends Exception>> OWN = Set.of(ImportException.class);
    private static final Path DIR = Scratch.folder("import");
    private static final Path XMI_DIR = Scratch.folder("import-xmi");
    private static final Path BRAT_DIR = Scratch.folder("import-brat");

    /** A text file and its sidecar (after a separator line) are read, or refused naming one of them. */
    @FuzzTest
    void textWithSidecarIsReadOrRefusedByName(byte[] input) {
        byte[][] parts = Parts.split(input, 2);
        Path text = DIR.resolve("fuzz-article.txt");
        Scratch.put(text, parts[0]);
        Scratch.put(DIR.resolve("fuzz-article.meta.json"), parts[1]);
        importOrRefuse(text, "fuzz-article.txt", "fuzz-article.meta.json");
    }

    /** A JSON Lines file is read, or refused naming it. */
    @FuzzTest
    @DictionaryEntries({"\"spans\":[", "\"relations\":[", "\"features\":{", "\"layer\":", "\"begin\":",
            "\"end\":", "\"from\":", "\"to\":", "\"text\":", "\"id\":", "\"Attribution\"", "\"Claim\"", "\"Source\"",
            "\"Cue\"", "\"Entity\"", "\"cue\":", "\"type\":", "\\u", "\\ud83d\\ude00"})
    void jsonLinesAreReadOrRefusedByName(byte[] input) {
        Path file = DIR.resolve("fuzz-articles.jsonl");
        Scratch.put(file, input);
        importOrRefuse(file, "fuzz-articles.jsonl");
    }

    /** A UIMA XMI file and its TypeSystem.xml (after a separator line) are read, or refused naming one of them. */
    @FuzzTest
    void xmiWithTypeSystemIsReadOrRefusedByName(byte[] input) {
        byte[][] parts = Parts.split(input, 2);
        Path xmi = XMI_DIR.resolve("fuzz-article.xmi");
        Scratch.put(xmi, parts[0]);
        Scratch.put(XMI_DIR.resolve("TypeSystem.xml"), parts[1]);
        importOrRefuse(xmi, "fuzz-article.xmi", "TypeSystem.xml");
    }

    /**
     * A brat .ann file, its .txt and its sidecar (separated by separator lines) are read, or refused naming one of
     * them.
     */
    @FuzzTest
    // no line breaks in tokens: Jazzer writes them into libFuzzer's line-based dictionary file unescaped
    @DictionaryEntries({"T1\t", "R1\t", "A1\t", "M1\t", "#1\t", "\t", "Arg1:T", "Arg2:T", "Entity-", "Claim-",
            "Source-",
            "Cue-", "Attribution", "Attribution-cue", "Via", ";", "%", "\uD83D\uDE00"})
    void bratAnnotationsAreReadOrRefusedByName(byte[] input) {
        byte[][] parts = Parts.split(input, 3);
        Path ann = BRAT_DIR.resolve("fuzz-brat.ann");
        Scratch.put(ann, parts[0]);
        Scratch.put(BRAT_DIR.resolve("fuzz-brat.txt"), parts[1]);
        Scratch.put(BRAT_DIR.resolve("fuzz-brat.meta.json"), parts[2]);
        importOrRefuse(ann, "fuzz-brat.ann", "fuzz-brat.txt", "fuzz-brat.meta.json");
    }

    private static void importOrRefuse(Path file, String... names) {
        Contract.readOrRefuse(() -> {
            for (Article article : new ArticleReaders(SCHEMA).forFile(file).read(file, ImportOptions.defaults())) {
                annotate(article);
            }
        }, OWN, names);
    }

    // What ImportService does with an article that has annotations, turning its IllegalArgumentException into the
    // ImportException it reports ("SOURCE: problem (nothing was imported)").
    private static void annotate(Article article) throws ImportException {
        CAS cas = FACTORY.newCas(article.text());
        try {
            ArticleAnnotations.addTo(cas, article, SCHEMA);
        } catch (IllegalArgumentException e) {
            throw new ImportException(article.sourceName() + ": " + e.getMessage() + " (nothing was imported)", e);
        }
    }
}
