package org.attest.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;

/** The baselines: what a plain UIMA program does to save, load and durably write a CAS, with nothing of Attest. */
final class PlainUima {

    private final TypeSystem typeSystem;

    /** Creates baselines whose CASes share {@code typeSystem}, committed once, as a well-written UIMA program would. */
    PlainUima(TypeSystem typeSystem) {
        this.typeSystem = typeSystem;
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
     * UIMA does: past the line naming the type system file (when there is one), the rest is UIMA's form 6.
     */
    CAS load(byte[] bytes) throws IOException {
        CAS cas = newCas();
        int start = 0;
        if (bytes.length > 0 && bytes[0] == 'A') {
            while (bytes[start] != '\n') {
                start++;
            }
            start++;
        }
        CasIOUtils.load(new ByteArrayInputStream(bytes, start, bytes.length - start), cas);
        return cas;
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
