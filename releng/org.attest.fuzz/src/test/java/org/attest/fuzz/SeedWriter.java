package org.attest.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.agreement.corpus.ObservationCacheAccess;
import org.attest.agreement.corpus.Observed;
import org.attest.cas.AttestTypes;
import org.attest.cas.CasFactory;
import org.attest.cas.CasFormat;
import org.attest.export.ExportCacheAccess;
import org.attest.io.Article;
import org.attest.io.ArticleAnnotations;
import org.attest.io.ImportOptions;
import org.attest.io.JsonLinesArticleReader;
import org.attest.io.export.ArticleExports;
import org.attest.io.export.AttestJsonlFormat;
import org.attest.io.export.BratFormat;
import org.attest.io.export.ExportDocument;
import org.attest.io.export.ExportReport;
import org.attest.io.export.XmiFormat;
import org.attest.model.AnnotationState;
import org.attest.model.Corpus;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.Schema;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.model.persist.CorpusPartsFormat;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.ModelCacheAccess;
import org.attest.store.cache.CasCache;
import org.attest.store.fs.FileStamp;
import org.eclipse.emf.ecore.EObject;

/**
 * Writes the valid seed inputs of every fuzz target from a small synthetic article, with Attest's own writers, so that
 * the seeds follow the formats when they change. Run from the module folder with the test class path:
 * {@code java -cp target/test-classes:$(cat target/fuzz-classpath.txt) org.attest.fuzz.SeedWriter}; the fuzz script's
 * {@code --seeds} does that. Crash inputs kept as regression seeds are never touched.
 */
public final class SeedWriter {

    private static final CorpusFactory MODEL = CorpusFactory.eINSTANCE;
    private static final String JSONL = """
            {"id":"harbour-1","title":"Storm closes harbour","outlet":"Coast Courier","language":"en","date":"2024-03-02",\
            "text":"Police said 40 people left the harbour. According to the mayor, the storm is over.",\
            "spans":[{"layer":"Claim","begin":12,"end":38,"features":{"type":"statistic","value":40.0,"unit":"people"}},\
            {"layer":"Source","begin":0,"end":6,"features":{"type":"organization"}},\
            {"layer":"Cue","begin":7,"end":11,"features":{"type":"CUE"}},\
            {"layer":"Entity","begin":0,"end":6,"features":{"type":"ORGANIZATION","entity":"e-police"}},\
            {"layer":"Source","begin":53,"end":58,"features":{"type":"person"}},\
            {"layer":"Cue","begin":40,"end":52,"features":{"type":"CUE"}},\
            {"layer":"Claim","begin":60,"end":82,"features":{"type":"event"}}],\
            "relations":[{"layer":"Attribution","from":0,"to":1,"features":{"cue":2}},\
            {"layer":"Attribution","from":6,"to":4,"features":{"cue":5}}],"byline":"Staff"}
            {"id":"harbour-2","text":"Ferries run again on Monday, the operator said.\\n"}
            """;

    private final Path root;
    private final Schema schema = DefaultSchema.create();
    private final CasFactory factory = new CasFactory(schema);

    private SeedWriter(Path root) {
        this.root = root;
    }

    /** Writes the seeds under {@code args[0]}, by default {@code src/test/resources}. */
    public static void main(String[] args) throws Exception {
        SeedWriter writer = new SeedWriter(Path.of(args.length > 0 ? args[0] : "src/test/resources"));
        writer.imports();
        writer.cas();
        writer.model();
        writer.caches();
        writer.tables();
    }

    private void imports() throws Exception {
        String target = "ImportFuzzTest";
        String text = "date 2024-03-02\nTitle: Storm closes harbour\n\nPolice said 40 people left the harbour.\n\nttn-69\n";
        String sidecar = "{\"id\": \"harbour-1\", \"title\": \"Storm closes harbour\", \"outlet\": \"Coast Courier\", "
                + "\"language\": \"en\", \"date\": \"2024-03-02\", \"desk\": \"coast\"}\n";
        seed(target, "textWithSidecarIsReadOrRefusedByName", "text-and-sidecar",
                Parts.join(List.of(utf8(text), utf8(sidecar))));
        seed(target, "textWithSidecarIsReadOrRefusedByName", "text-only",
                utf8("\uFEFFFerries run again on Monday, the operator said.\n"));
        seed(target, "textWithSidecarIsReadOrRefusedByName", "declared-encoding", Parts.join(List.of(
                "Caf\u00e9 reopens.\n".getBytes(StandardCharsets.ISO_8859_1), utf8("{\"encoding\": \"ISO-8859-1\"}"))));
        seed(target, "jsonLinesAreReadOrRefusedByName", "hand-written", utf8(JSONL));

        Path work = Files.createTempDirectory("attest-seeds-");
        Path jsonl = work.resolve("articles.jsonl");
        Files.writeString(jsonl, JSONL);
        Article article = new JsonLinesArticleReader().read(jsonl, ImportOptions.defaults()).get(0);
        ExportDocument doc = new ArticleExports(factory).of(article);
        seed(target, "jsonLinesAreReadOrRefusedByName", "exported",
                new AttestJsonlFormat().render(doc, new ExportReport()));

        new XmiFormat(schema).write(List.of(doc), work, "xmi", new ExportReport());
        seed(target, "xmiWithTypeSystemIsReadOrRefusedByName", "exported", Parts.join(List.of(
                Files.readAllBytes(work.resolve("xmi/harbour-1.xmi")),
                Files.readAllBytes(work.resolve("xmi/TypeSystem.xml")))));

        new BratFormat(schema).write(List.of(doc), work, "brat", new ExportReport());
        seed(target, "bratAnnotationsAreReadOrRefusedByName", "exported", Parts.join(List.of(
                Files.readAllBytes(work.resolve("brat/harbour-1.ann")),
                Files.readAllBytes(work.resolve("brat/harbour-1.txt")),
                utf8(sidecar))));
        seed(target, "bratAnnotationsAreReadOrRefusedByName", "hand-written", Parts.join(List.of(
                utf8("T1\tEntity-PERSON 0 4\tAnna\nT2\tCue-CUE 5 9\tsaid\nA1\tunit T1 people%2C_mostly\n#1\tAnnotatorNotes T1\tnote\n"),
                utf8("Anna said so.\n"))));
    }

    private void cas() throws Exception {
        CasFormat format = new CasFormat(factory);
        CAS cas = annotated(firstArticle());
        seed("CasFormatFuzzTest", "storedCasIsReadOrRefusedByName", "annotated", format.write(cas));
        seed("CasFormatFuzzTest", "storedCasIsReadOrRefusedByName", "segmented-only",
                format.write(factory.newCas("Short text.")));
        // form 1: sentences and tokens inside the UIMA data, as files were before form 2 and are for CASes with views
        seed("CasFormatFuzzTest", "storedCasIsReadOrRefusedByName", "annotated-form1", formOne(format, cas));
        // the earliest form, with the type system embedded, which every corpus still holds until its files are saved
        seed("CasFormatFuzzTest", "storedCasIsReadOrRefusedByName", "annotated-embedded", embedded(cas));
        seed("CasFormatFuzzTest", "storedCasIsReadOrRefusedByName", "segmented-only-embedded",
                embedded(factory.newCas("Short text.")));
    }

    private static byte[] formOne(CasFormat format, CAS cas) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("ATTEST CAS 1 " + format.typeSystemFile().id() + "\n").getBytes(StandardCharsets.US_ASCII));
        org.apache.uima.util.CasIOUtils.save(cas, out, org.apache.uima.cas.SerialFormat.COMPRESSED_FILTERED);
        return out.toByteArray();
    }

    private static byte[] embedded(CAS cas) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.apache.uima.util.CasIOUtils.save(cas, out, org.apache.uima.cas.SerialFormat.COMPRESSED_FILTERED_TSI);
        return out.toByteArray();
    }

    private void model() throws Exception {
        String target = "CorpusModelFuzzTest";
        Corpus corpus = CorpusModelFormat.newCorpus("harbour");
        corpus.setCreated(new Date(1_709_337_600_000L));
        corpus.getAnnotators().add(SeedModels.record().getAnnotator());
        Document document = SeedModels.document();
        corpus.getDocuments().add(document);
        AnnotationState state = MODEL.createAnnotationState();
        state.setAnnotator(corpus.getAnnotators().get(0));
        state.setState(DocumentState.FINISHED);
        document.getStates().add(state);
        corpus.getEntities().add(SeedModels.entity());
        corpus.getClaimClusters().add(SeedModels.cluster());
        seed(target, "corpusHeaderIsReadOrRefusedByName", "format-1-corpus", CorpusModelFormat.write(corpus));
        corpus.setFormatVersion(CorpusPartsFormat.SPLIT_FORMAT);
        seed(target, "corpusHeaderIsReadOrRefusedByName", "format-2-header", CorpusPartsFormat.writeHeader(corpus));
        seed(target, "schemaIsReadOrRefusedByName", "default-schema", CorpusModelFormat.writeSchema(schema));
        seed(target, "documentPartIsReadOrRefusedByName", "document", CorpusPartsFormat.writeDocument(document));
        seed(target, "annotatorRecordIsReadOrRefusedByName", "record",
                CorpusPartsFormat.writeAnnotatorRecord(SeedModels.record()));
        seed(target, "entityPartIsReadOrRefusedByName", "entity", CorpusPartsFormat.writeEntity(SeedModels.entity()));
        seed(target, "clusterPartIsReadOrRefusedByName", "cluster",
                CorpusPartsFormat.writeCluster(SeedModels.cluster()));
        seed(target, "curationRecordIsReadOrRefusedByName", "record",
                CorpusModelFormat.writeCurationRecord(SeedModels.curation()));
    }

    private void caches() throws Exception {
        String target = "CacheFuzzTest";
        Path work = Files.createTempDirectory("attest-seeds-");
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        List<EObject> parts = List.of(SeedModels.document(), SeedModels.record(), SeedModels.entity(),
                SeedModels.cluster());
        String[] paths = {"documents/harbour-1/document.xmi", "annotators/anna.xmi", "registry/entities/e-police.xmi",
                "registry/clusters/c-1.xmi"};
        for (int i = 0; i < parts.size(); i++) {
            byte[] payload = ModelCacheAccess.encode(parts.get(i));
            payloads.put(paths[i], payload);
            seed(target, "modelPartPayloadsDecodeOrFailAsDamaged", parts.get(i).eClass().getName().toLowerCase(),
                    payload);
        }
        seed(target, "modelCacheReadsAsEmptyWhenDamaged", "four-parts",
                unsealed(ModelCacheAccess.cacheFile(work, payloads)));

        Article article = firstArticle();
        CAS cas = annotated(article);
        byte[] hash = CasCache.hash(new CasFormat(factory).write(cas));
        String textHash = org.attest.store.Hashes.sha256(utf8(article.text()));
        CasCache<Observed> observations = ObservationCacheAccess.open(work, schema);
        // a stamp such as a file on this machine had, so that the fuzzer also reaches the reads by stamp
        FileStamp stamp = new FileStamp(2049, 1_310_722, 2_714, 1_780_000_000_123_456_789L, 1_780_000_000_123_456_789L);
        observations.put(hash, stamp, textHash, "harbour-1", "anna", Observed.of(schema, cas));
        observations.save();
        seed(target, "casCachesUseWhatTheyCanDecode", "observations",
                unsealed(Files.readAllBytes(work.resolve(ObservationCacheAccess.FILE_NAME))));
        ExportDocument doc = new ArticleExports(factory).of(article);
        CasCache<?> export = ExportCacheAccess.open(work, "anna", schema);
        ExportCacheAccess.put(export, hash, stamp, textHash, "harbour-1", "anna", doc.sentences(), doc.tokens(),
                doc.spans(),
                doc.relations());
        export.save();
        seed(target, "casCachesUseWhatTheyCanDecode", "export",
                unsealed(Files.readAllBytes(work.resolve(ExportCacheAccess.fileName("anna")))));
    }

    private void tables() throws IOException {
        String target = "ReliabilityTableFuzzTest";
        String method = "reliabilityTableIsReadOrRefusedByName";
        seed(target, method, "nominal", utf8("coder,u1,u2,u3,u4\nanna,a,b,,c\nben,a,b,b,c\n"));
        seed(target, method, "numbers", utf8("\uFEFFcoder,u1,u2,u3\r\nanna,1,2.5,3\r\nben,1,,3\r\nrita,2,2.5,4\r\n"));
        seed(target, method, "quoted",
                utf8("\"coder\",\"unit, one\",u2\nanna,\"say \"\"yes\"\"\",\"two\nlines\"\n\nben , x , y\n"));
    }

    private Article firstArticle() throws Exception {
        Path jsonl = Files.createTempDirectory("attest-seeds-").resolve("articles.jsonl");
        Files.writeString(jsonl, JSONL);
        return new JsonLinesArticleReader().read(jsonl, ImportOptions.defaults()).get(0);
    }

    // The article's annotations in a new CAS, as the import adds them.
    private CAS annotated(Article article) {
        CAS cas = factory.newCas(article.text());
        ArticleAnnotations.addTo(cas, article, schema);
        if (cas.getTypeSystem().getType(AttestTypes.TOKEN) == null) {
            throw new IllegalStateException("the CAS has no tokens");
        }
        return cas;
    }

    private void seed(String target, String method, String name, byte[] bytes) throws IOException {
        Path folder = root.resolve("org/attest/fuzz").resolve(target + "Inputs").resolve(method);
        Files.createDirectories(folder);
        Files.write(folder.resolve("seed-" + name), bytes);
    }

    private static byte[] unsealed(byte[] cacheFile) {
        return Arrays.copyOf(cacheFile, cacheFile.length - 32);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
