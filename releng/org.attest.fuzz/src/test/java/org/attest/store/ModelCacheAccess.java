package org.attest.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.attest.model.AnnotatorRecord;
import org.attest.model.ClaimCluster;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.store.cache.Decoder;
import org.attest.store.cache.Encoder;
import org.eclipse.emf.ecore.EObject;

/**
 * Opens the package-private model cache and part codec to the fuzz tests, which run on a plain class path where a
 * class of the same package may call them (the fuzz module's stand-in for a test fragment).
 */
public final class ModelCacheAccess {

    /** The decoders of the kinds of model part the cache keeps: document, annotator record, entity, claim cluster. */
    public static final List<Function<Decoder, ? extends EObject>> DECODERS = List.of(PartCodec::document,
            PartCodec::annotator, PartCodec::entity, PartCodec::cluster);

    private ModelCacheAccess() {
    }

    /** Reads the model cache {@code file} as opening a corpus does, then saves it as opening a corpus does. */
    public static void readAndSave(Path file) {
        ModelCache.read(file).save();
    }

    /** Returns {@code part} (a document, annotator record, entity or claim cluster) as the cache keeps it. */
    public static byte[] encode(EObject part) {
        Encoder out = new Encoder();
        switch (part) {
            case Document d -> PartCodec.document(out, d);
            case AnnotatorRecord r -> PartCodec.annotator(out, r);
            case Entity e -> PartCodec.entity(out, e);
            case ClaimCluster c -> PartCodec.cluster(out, c);
            default -> throw new IllegalArgumentException("the model cache keeps no " + part.eClass().getName());
        }
        return out.toByteArray();
    }

    /** Returns the bytes of a model cache file in {@code folder} holding {@code payloads} by relative path. */
    public static byte[] cacheFile(Path folder, Map<String, byte[]> payloads) throws IOException {
        Path file = folder.resolve("model.bin");
        Files.deleteIfExists(file);
        ModelCache cache = ModelCache.read(file);
        payloads.forEach((path, payload) -> cache.put(path,
                new ModelCache.Stamp("(dev=803,ino=4711)", 1234, 1_765_000_000_000_000_000L),
                payload));
        cache.save();
        return Files.readAllBytes(file);
    }
}
