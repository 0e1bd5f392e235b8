package org.attest.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.attest.agreement.corpus.ObservationCacheAccess;
import org.attest.export.ExportCacheAccess;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.Hashes;
import org.attest.store.ModelCacheAccess;
import org.attest.store.cache.CasCache;
import org.attest.store.cache.Decoder;
import org.attest.store.fs.FileStamp;

/**
 * Fuzzes the readers of the caches in {@code .attest/cache}: the model cache ({@code model.bin}) and the payloads of
 * its entries, and the CAS caches of agreement ({@code observations.bin}) and of the export ({@code export-*.bin}).
 * A cache is never the only copy of anything, so its contract is stricter than a reader's: a damaged cache reads as
 * empty (or as missing the entry) and never fails. Every input is tried as it is and sealed with the SHA-256 the
 * caches end with, so that the fuzzer reaches the decoding behind the checksum.
 */
final class CacheFuzzTest {

    private static final Schema SCHEMA = DefaultSchema.create();
    private static final Path DIR = Scratch.folder("cache");
    private static final String SOURCE = "anna";

    /** A model.bin, damaged or not, reads without an exception and is written back. */
    @FuzzTest
    void modelCacheReadsAsEmptyWhenDamaged(byte[] input) {
        Path file = DIR.resolve("model.bin");
        for (byte[] content : List.of(input, sealed(input))) {
            Scratch.put(file, content);
            ModelCacheAccess.readAndSave(file);
        }
    }

    /** A cached model part decodes, or fails with the IllegalArgumentException after which the part file is parsed. */
    @FuzzTest
    void modelPartPayloadsDecodeOrFailAsDamaged(byte[] input) {
        for (Function<Decoder, ?> decoder : ModelCacheAccess.DECODERS) {
            try {
                decoder.apply(new Decoder(input, 0, input.length));
            } catch (IllegalArgumentException damaged) {
                // ModelFiles parses the part's XMI file instead
            }
        }
    }

    /** An observations.bin or export cache, damaged or not, opens and hands out only what it can decode. */
    @FuzzTest
    void casCachesUseWhatTheyCanDecode(byte[] input) {
        for (byte[] content : List.of(input, sealed(input))) {
            Scratch.put(DIR.resolve(ObservationCacheAccess.FILE_NAME), content);
            useEveryEntry(ObservationCacheAccess.open(DIR, SCHEMA), content, value -> {
            });
            Scratch.put(DIR.resolve(ExportCacheAccess.fileName(SOURCE)), content);
            useEveryEntry(ExportCacheAccess.open(DIR, SOURCE, SCHEMA), content, ExportCacheAccess::use);
        }
    }

    private static <T> void useEveryEntry(CasCache<T> cache, byte[] content, java.util.function.Consumer<Object> use) {
        cache.problem();
        for (Key key : keys(content)) {
            FileStamp stamp = stamp(key.stamp());
            T unchanged = cache.findUnchanged(stamp, key.textHash(), key.document(), key.annotator());
            if (unchanged != null) {
                use.accept(unchanged);
            }
            cache.hashUnchanged(stamp, key.textHash(), key.document(), key.annotator());
            T value = cache.find(key.hash(), stamp, key.textHash(), key.document(), key.annotator());
            if (value != null) {
                use.accept(value);
            }
        }
    }

    /** The key of an entry of a CAS cache file, as a reader of that file would look it up. */
    private record Key(byte[] hash, String stamp, String textHash, String document, String annotator) {
    }

    // The file stamp whose text an entry holds, as a file with that stamp would have; null for any other text.
    private static FileStamp stamp(String text) {
        String[] parts = text.split(":", -1);
        try {
            return parts.length != 5
                    ? null
                    : new FileStamp(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                            Long.parseLong(parts[3]), Long.parseLong(parts[4]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // The keys of the entries in a CAS cache file (CasCache's layout: magic line, fingerprint, count, entries of a
    // hash,
    // a stamp, a text hash, a document, an annotator and a payload), as far
    // as the file can be read; the cache itself decides whether it is usable.
    private static List<Key> keys(byte[] content) {
        List<Key> keys = new ArrayList<>();
        int newline = 0;
        while (newline < content.length && content[newline] != '\n') {
            newline++;
        }
        try {
            Decoder in = new Decoder(content, Math.min(newline + 1, content.length), Math.max(content.length - 32, 0));
            in.string();
            for (int n = in.number(); n > 0 && keys.size() < 64; n--) {
                keys.add(new Key(in.bytes(32), in.string(), in.string(), in.string(), in.string()));
                in.skip(in.number());
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException end) {
            // the keys read so far
        }
        return keys;
    }

    // The input followed by its SHA-256, which is how every cache file ends.
    private static byte[] sealed(byte[] input) {
        byte[] sealed = Arrays.copyOf(input, input.length + 32);
        System.arraycopy(Hashes.digest(input, 0, input.length), 0, sealed, input.length, 32);
        return sealed;
    }
}
