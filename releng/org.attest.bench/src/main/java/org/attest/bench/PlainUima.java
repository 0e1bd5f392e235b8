package org.attest.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.TypeSystemUtil;

/** The baselines: what a plain UIMA program does to save, load and durably write a CAS, with nothing of Attest. */
final class PlainUima {

    private static final String SENTENCE = "org.attest.type.Sentence";
    private static final String TOKEN = "org.attest.type.Token";

    private final TypeSystem typeSystem;
    // the type system the UIMA data of a form-2 file is written for: the same without Sentence and Token
    private final TypeSystem written;

    /** Creates baselines whose CASes share {@code typeSystem}, committed once, as a well-written UIMA program would. */
    PlainUima(TypeSystem typeSystem) {
        this.typeSystem = typeSystem;
        TypeSystemDescription description = TypeSystemUtil.typeSystem2TypeSystemDescription(typeSystem);
        description.setTypes(Arrays.stream(description.getTypes())
                .filter(t -> !t.getName().equals(SENTENCE) && !t.getName().equals(TOKEN))
                .toArray(TypeDescription[]::new));
        try {
            this.written = CasCreationUtils.createCas(description, null, null).getTypeSystem();
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException(e);
        }
    }

    CAS newCas() {
        try {
            return CasCreationUtils.createCas(typeSystem, null, null, null);
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serialises {@code cas} in the same form Attest stores (compressed form 6 with its type system). */
    static byte[] save(CAS cas) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        CasIOUtils.save(cas, out, SerialFormat.COMPRESSED_FILTERED_TSI);
        return out.toByteArray();
    }

    /**
     * Loads {@code bytes}, a {@code .bcas} file, into a new CAS of the shared type system, as README's loader for plain
     * UIMA does: past the line naming the type system file (when there is one), form 1 is UIMA's form 6; form 2 has the
     * block of sentences and tokens first, which this decodes as docs/cas-format.md describes it, then form 6 of the
     * rest.
     */
    CAS load(byte[] bytes) throws IOException {
        CAS cas = newCas();
        int start = 0;
        if (bytes.length > 0 && bytes[0] == 'A') {
            while (bytes[start] != '\n') {
                start++;
            }
            String[] words = new String(bytes, 0, start, StandardCharsets.US_ASCII).split(" ");
            start++;
            if (words[2].equals("2")) {
                int block = Integer.parseInt(words[4]);
                CasIOUtils.load(new ByteArrayInputStream(bytes, start + block, bytes.length - start - block), cas,
                        written);
                int[] at = {start};
                addSpans(cas, SENTENCE, bytes, at);
                addSpans(cas, TOKEN, bytes, at);
                return cas;
            }
        }
        CasIOUtils.load(new ByteArrayInputStream(bytes, start, bytes.length - start), cas);
        return cas;
    }

    // one list of the block: a count, then per span one byte gap << 6 | length, or 0xFF and both as zigzag varints
    private static void addSpans(CAS cas, String type, byte[] bytes, int[] at) {
        org.apache.uima.cas.Type spanType = cas.getTypeSystem().getType(type);
        long count = varint(bytes, at);
        long end = 0;
        for (long i = 0; i < count; i++) {
            int b = bytes[at[0]++] & 0xFF;
            long begin = end + (b == 0xFF ? unzigzag(varint(bytes, at)) : b >> 6);
            end = begin + (b == 0xFF ? unzigzag(varint(bytes, at)) : b & 63);
            cas.addFsToIndexes(cas.createAnnotation(spanType, (int) begin, (int) end));
        }
    }

    private static long varint(byte[] bytes, int[] at) {
        long value = 0;
        for (int shift = 0;; shift += 7) {
            int b = bytes[at[0]++] & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                return value;
            }
        }
    }

    private static long unzigzag(long n) {
        return n >>> 1 ^ -(n & 1);
    }

    /**
     * Writes a temporary file, fsyncs it, renames it over {@code target} and fsyncs the folder: the durable minimum.
     */
    static void durableWrite(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
