package org.attest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.CasFactory;
import org.attest.cas.Layers;
import org.attest.model.Schema;

/**
 * A seeded synthetic news corpus: documents of about 4 KB with ~25 entities and ~5 attributed claims each, annotated
 * by three annotators with controlled disagreement, 1% of them adversarial; the same seed always gives the same bytes.
 */
public final class SyntheticCorpus {

    /** The synthetic annotators, in the order of {@link SyntheticDocument#marks()}. */
    public static final List<String> ANNOTATORS = List.of("ann1", "ann2", "ann3");

    /** One document in this many is adversarial. */
    public static final int ADVERSARIAL_EVERY = 100;

    private final long seed;
    private final int size;

    /** Creates a corpus of {@code size} documents generated from {@code seed}; documents are made on demand. */
    public SyntheticCorpus(long seed, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a synthetic corpus needs at least one document, not " + size);
        }
        this.seed = seed;
        this.size = size;
    }

    /** Returns the number of documents. */
    public int size() {
        return size;
    }

    /** Returns the seed. */
    public long seed() {
        return seed;
    }

    /** Generates document {@code index} (0-based); each document depends only on the seed and its index. */
    public SyntheticDocument document(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("document " + index + " of a corpus of " + size);
        }
        boolean adversarial = index % ADVERSARIAL_EVERY == ADVERSARIAL_EVERY / 2;
        NewsWriter writer = new NewsWriter(new Random(mix(seed, index, 0)), adversarial).write();
        String text = writer.text();
        List<List<Mark>> marks = new ArrayList<>();
        List<List<Link>> links = new ArrayList<>();
        for (int a = 0; a < ANNOTATORS.size(); a++) {
            marks.add(new Disagreement(text, new Random(mix(seed, index, a + 1))).apply(writer.marks()));
            links.add(writer.links());
        }
        return new SyntheticDocument(String.format(Locale.ROOT, "news-%06d", index + 1), text, adversarial, marks,
                links);
    }

    /** Writes the texts of documents [0, count) to {@code dir} as {@code <id>.txt}, UTF-8; returns the files. */
    public List<Path> writeTexts(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SyntheticDocument doc = document(i);
            Path file = dir.resolve(doc.id() + ".txt");
            Files.writeString(file, doc.text(), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** Returns a new CAS of {@code factory}'s schema holding the text and annotator {@code annotator}'s annotations. */
    public static CAS toCas(SyntheticDocument doc, int annotator, CasFactory factory) {
        CAS cas = factory.newCas(doc.text());
        fill(cas, doc, annotator, factory.schema());
        return cas;
    }

    /** Adds annotator {@code annotator}'s marks and links to {@code cas}, whose text must be the document's. */
    public static void fill(CAS cas, SyntheticDocument doc, int annotator, Schema schema) {
        Layers layers = new Layers(cas, schema);
        List<AnnotationFS> spans = new ArrayList<>();
        for (Mark mark : doc.marks().get(annotator)) {
            Map<String, Object> features = new java.util.LinkedHashMap<>();
            features.put("type", mark.label());
            features.putAll(mark.features());
            spans.add(layers.addSpan(mark.layer(), mark.begin(), mark.end(), features));
        }
        for (Link link : doc.links().get(annotator)) {
            Map<String, Object> features = link.cue() < 0 ? Map.of() : Map.of("cue", spans.get(link.cue()));
            layers.addRelation(link.layer(), spans.get(link.from()), spans.get(link.to()), features);
        }
    }

    /** Returns the SHA-256 of every document's id, text, marks and links in order: equal seeds give equal digests. */
    public String digest() {
        MessageDigest sha = sha256();
        for (int i = 0; i < size; i++) {
            SyntheticDocument doc = document(i);
            StringBuilder canonical = new StringBuilder(doc.id()).append('\u0000').append(doc.text()).append('\u0000');
            for (int a = 0; a < ANNOTATORS.size(); a++) {
                doc.marks().get(a).forEach(m -> canonical.append(m).append('\n'));
                doc.links().get(a).forEach(l -> canonical.append(l).append('\n'));
            }
            sha.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** SplitMix64 finaliser over seed, index and stream: independent, well-spread seeds for java.util.Random. */
    static long mix(long seed, long index, long stream) {
        long z = seed + 0x9E3779B97F4A7C15L * (index * 8 + stream + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
