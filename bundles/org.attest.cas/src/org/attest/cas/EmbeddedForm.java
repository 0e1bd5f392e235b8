package org.attest.cas;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.impl.AllowPreexistingFS;
import org.apache.uima.cas.impl.CASImpl;
import org.apache.uima.cas.impl.CASMgrSerializer;
import org.apache.uima.cas.impl.CommonSerDes;
import org.apache.uima.cas.impl.TypeSystemImpl;
import org.apache.uima.internal.util.SerializationUtils;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.CasLoadMode;

/**
 * The earlier form of a stored CAS, which Attest still reads and writes for a CAS of another type system than its
 * factory's: UIMA compressed binary form 6 with its type system embedded (see docs/cas-format.md).
 */
final class EmbeddedForm {

    private static final SerialFormat FORM = SerialFormat.COMPRESSED_FILTERED_TSI;

    private static final int KNOWN_TYPE_SYSTEMS = 8;
    private static final int MAX_TYPE_SYSTEM_DEPTH = 8;

    private final CasFactory factory;
    // What this factory's CASes embed as type system and index definitions, deserialized, to compare files with.
    private final CASMgrSerializer own;
    // Embedded type system bytes already found equal to {@code own}: a file carrying one of them needs neither the
    // deserialization of its type system nor a type system comparison, the bulk of loading a small CAS. The bytes
    // differ
    // between JVM runs that wrote equal type systems, so they are learnt, not computed.
    private final List<byte[]> knownOwn = new CopyOnWriteArrayList<>();

    /** Creates the form that reads into fresh CASes of {@code factory}'s type system. */
    EmbeddedForm(CasFactory factory) {
        this.factory = factory;
        byte[] empty = write(factory.emptyCas());
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(empty));
            CommonSerDes.isBinaryHeader(in);
            CommonSerDes.readHeader(in);
            this.own = SerializationUtils.deserializeCASMgrSerializer(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read back a CAS just serialized: " + e.getMessage(), e);
        }
    }

    /** Returns {@code cas} in this form. */
    static byte[] write(CAS cas) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            CasIOUtils.save(cas, out, FORM);
        } catch (IOException e) {
            // Only a broken CAS can make an in-memory stream fail.
            throw new UncheckedIOException("Cannot serialize the CAS: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * Reads a stored CAS, reusing {@code reuse} (a CAS of the factory's type system, or null) when the file was written
     * with that type system, and returns the CAS read: {@code reuse}, reset and filled, or a fresh CAS otherwise.
     */
    CAS read(byte[] bytes, String name, CAS reuse) throws CasFormatException {
        CasDamage.checkHeader(bytes, 0, name, true);
        CAS own = loadOwn(bytes, name, reuse);
        if (own != null) {
            return CasDamage.requireText(own, name);
        }
        // Load with the file's own type system first: form 6 would silently skip types and features the current
        // schema lacks. UIMA hands back the very same committed type system when they are equal, the usual case.
        CAS asWritten = load(bytes, name, CasLoadMode.REINIT);
        if (asWritten.getTypeSystem() == factory.typeSystem()) {
            return CasDamage.requireText(asWritten, name);
        }
        List<String> losses = SchemaCompatibility.losses(factory.schema(), Map.of(name, asWritten));
        if (!losses.isEmpty()) {
            throw new CasFormatException(name + " was written with a schema whose annotations the current schema '"
                    + factory.schema().getName() + "' cannot hold; reading it would lose them:\n  "
                    + String.join("\n  ", losses)
                    + "\nRestore the schema the file was written with, or migrate these annotations first");
        }
        CAS cas = load(bytes, name, CasLoadMode.DEFAULT);
        if (!UnsetNumbers.marked(asWritten.getTypeSystem())) {
            UnsetNumbers.adoptLegacy(cas);
        }
        return CasDamage.requireText(cas, name);
    }

    // Returns null when the file embeds another type system than the factory's, which the general path then compares.
    private CAS loadOwn(byte[] bytes, String name, CAS reuse) throws CasFormatException {
        ByteArrayInputStream stream = new ByteArrayInputStream(bytes);
        DataInputStream in = new DataInputStream(stream);
        CAS cas = null;
        try {
            CommonSerDes.isBinaryHeader(in);
            CommonSerDes.Header header = CommonSerDes.readHeader(in);
            if (!skipKnown(bytes, in, stream)) {
                int start = bytes.length - stream.available();
                if (!same(readTypeSystem(in, bytes.length), own)) {
                    return null;
                }
                if (knownOwn.size() < KNOWN_TYPE_SYSTEMS) {
                    knownOwn.add(Arrays.copyOfRange(bytes, start, bytes.length - stream.available()));
                }
            }
            cas = reuse != null ? reuse : factory.emptyCas();
            header.typeSystemIndexDefIncluded(false);
            ((CASImpl) cas.getLowLevelCAS()).getBinaryCasSerDes().reinit(header, in, null, CasLoadMode.DEFAULT, null,
                    AllowPreexistingFS.allow, (TypeSystemImpl) factory.typeSystem());
            return cas;
        } catch (IOException | RuntimeException | OutOfMemoryError | AssertionError e) {
            if (cas != null) {
                // a half-loaded CAS must not be handed back to the caller's pool looking valid
                cas.reset();
            }
            throw CasDamage.corrupt(name, e);
        }
    }

    // The type system a form 6 file embeds is a Java-serialized CASMgrSerializer. UIMA reads it with a class allow-list
    // but without limits, so a damaged length of a few bytes asks for gigabytes and ends the program with an
    // OutOfMemoryError. Read here with the same allow-list and limits no intact file comes near: no array longer than
    // the file has bytes, no deeper nesting than the serializer's arrays of strings. A file whose type system passes
    // here is safe for UIMA's own reading on the general path of read().
    private static CASMgrSerializer readTypeSystem(InputStream in, int fileBytes) throws IOException {
        ObjectInputStream objects = new ObjectInputStream(in);
        objects.setObjectInputFilter(info -> {
            if (info.arrayLength() > fileBytes || info.depth() > MAX_TYPE_SYSTEM_DEPTH) {
                return ObjectInputFilter.Status.REJECTED;
            }
            Class<?> type = info.serialClass();
            while (type != null && type.isArray()) {
                type = type.getComponentType();
            }
            return type == null || type.isPrimitive() || type == String.class || type == CASMgrSerializer.class
                    ? ObjectInputFilter.Status.ALLOWED
                    : ObjectInputFilter.Status.REJECTED;
        });
        try {
            if (objects.readObject() instanceof CASMgrSerializer typeSystem) {
                return typeSystem;
            }
            throw new CasDamage.Damaged("the embedded type system is not a UIMA type system");
        } catch (java.io.InvalidClassException refused) {
            // the filter's refusal; its own message ("filter status: REJECTED") would tell a user nothing
            throw new CasDamage.Damaged(
                    "the embedded type system is damaged: it declares an array longer than the file or a class"
                            + " no type system holds");
        } catch (ClassNotFoundException e) {
            throw new CasDamage.Damaged("the embedded type system names a class no type system holds");
        }
    }

    private boolean skipKnown(byte[] bytes, DataInputStream in, ByteArrayInputStream stream) throws IOException {
        int start = bytes.length - stream.available();
        for (byte[] known : knownOwn) {
            int end = start + known.length;
            if (end <= bytes.length && Arrays.equals(bytes, start, end, known, 0, known.length)) {
                in.skipNBytes(known.length);
                return true;
            }
        }
        return false;
    }

    /** Returns whether {@code typeSystem} is, type for type and feature for feature, the factory's. */
    boolean isOwn(org.apache.uima.cas.TypeSystem typeSystem) {
        try {
            return same(org.apache.uima.cas.impl.Serialization
                    .serializeCASMgr((CASImpl) CasCreationUtils.createCas(typeSystem, null, null, null)
                            .getLowLevelCAS()),
                    own);
        } catch (org.apache.uima.resource.ResourceInitializationException e) {
            return false;
        }
    }

    // Two type system and index definitions are the same when every public field (type and feature names, inheritance,
    // feature declarations, offsets, string subtypes, index names, kinds and comparators) holds the same values.
    private static boolean same(CASMgrSerializer a, CASMgrSerializer b) {
        for (Field field : CASMgrSerializer.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                if (!Objects.deepEquals(field.get(a), field.get(b))) {
                    return false;
                }
            } catch (IllegalAccessException e) {
                return false;
            }
        }
        return true;
    }

    private CAS load(byte[] bytes, String name, CasLoadMode mode) throws CasFormatException {
        CAS cas = factory.emptyCas();
        try {
            CasIOUtils.load(new ByteArrayInputStream(bytes), null, cas, mode);
            return cas;
        } catch (IOException | RuntimeException | OutOfMemoryError | AssertionError e) {
            throw CasDamage.corrupt(name, e);
        }
    }
}
