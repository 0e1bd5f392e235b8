package org.attest.cas;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.impl.AllowPreexistingFS;
import org.apache.uima.cas.impl.BinaryCasSerDes6;
import org.apache.uima.cas.impl.CASImpl;
import org.apache.uima.cas.impl.CommonSerDes;
import org.apache.uima.cas.impl.TypeSystemImpl;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasLoadMode;

/**
 * Attest's on-disk form of a CAS: a line naming the corpus's type system file ({@link TypeSystemFile}), the sentences
 * and tokens in a compact block ({@link SpanBlock}), then UIMA compressed binary form 6 of the rest, without the type
 * system (form 2). A CAS whose type system lets annotations refer to sentences or tokens keeps them in the UIMA data
 * (form 1). Files of both forms, and of the earliest, with the type system embedded, are read (see docs/cas-format.md
 * for the measurements behind them).
 */
public final class CasFormat {

    /** The file extension of a stored CAS, without the dot. */
    public static final String EXTENSION = "bcas";

    private static final int KNOWN_TYPE_SYSTEMS = 8;

    private final CasFactory factory;
    private final TypeSystemSource source;
    // made on first use: it serialises an empty CAS, which a command that reads no CAS does not need
    private volatile EmbeddedForm embedded;
    // made on first write: naming the type system file hashes its XML, which a command that writes no CAS never needs
    private volatile byte[] line;
    // The type systems of other ids met so far, built once each: null stands for one equal to the factory's.
    private final Map<String, Optional<TypeSystem>> others = new ConcurrentHashMap<>();
    private final LeanForm lean = new LeanForm();
    // the CASes readAnnotations left without their sentences and tokens, until a full read fills them again
    private final Set<CAS> partial = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /** Creates a format that reads into fresh CASes of {@code factory}'s type system and knows no other. */
    public CasFormat(CasFactory factory) {
        this(factory, TypeSystemSource.NONE);
    }

    /**
     * Creates a format that reads into fresh CASes of {@code factory}'s type system, finding the type systems of files
     * written with another in {@code source}.
     */
    public CasFormat(CasFactory factory, TypeSystemSource source) {
        this.factory = factory;
        this.source = source;
    }

    /** Returns the type system file the CASes this format writes name; it must be in the corpus before them. */
    public TypeSystemFile typeSystemFile() {
        return factory.typeSystemFile();
    }

    /**
     * Returns {@code cas} in the on-disk form; a CAS of another type system than the factory's gets the earlier form,
     * which carries its type system.
     */
    public byte[] write(CAS cas) {
        if (partial.contains(cas)) {
            throw new IllegalArgumentException("this CAS was read without its sentences and tokens (readAnnotations),"
                    + " so saving it would lose them; read the file with read() to change it");
        }
        if (cas.getTypeSystem() != factory.typeSystem()) {
            return EmbeddedForm.write(cas);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        TypeSystem data = lean.dataTypeSystem(cas).orElse(null);
        if (data != null) {
            byte[] block = SpanBlock.encode(cas);
            out.writeBytes(CasHeader.line(factory.typeSystemFile().id(), block.length));
            out.writeBytes(block);
        } else {
            out.writeBytes(line());
        }
        try {
            // Fast deflation: about 40% less time than UIMA's default level for 7% more bytes (docs/cas-format.md); a
            // null target type system (form 1) writes every type
            new BinaryCasSerDes6(cas, null, (TypeSystemImpl) data, null, false, BinaryCasSerDes6.CompressLevel.Fast,
                    BinaryCasSerDes6.CompressStrat.Default).serialize(out);
        } catch (IOException | ResourceInitializationException e) {
            // Only a broken CAS can make an in-memory stream fail.
            throw new UncheckedIOException("Cannot serialize the CAS: " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
        return out.toByteArray();
    }

    /**
     * Reads a stored CAS into a fresh CAS of the factory's type system; {@code name} is the file, named in messages.
     */
    public CAS read(byte[] bytes, String name) throws CasFormatException {
        return read(bytes, name, null);
    }

    /**
     * Reads a stored CAS, reusing {@code reuse} (a CAS of the factory's type system, or null) when the file was written
     * with that type system, and returns the CAS read: {@code reuse}, reset and filled, or a fresh CAS otherwise.
     */
    public CAS read(byte[] bytes, String name, CAS reuse) throws CasFormatException {
        return read(bytes, name, reuse, true);
    }

    /**
     * Reads a stored CAS like {@link #read(byte[], String, CAS)}, leaving out the sentences and tokens a file of form 2
     * keeps apart, for a reader of the annotations alone: about a third less work. {@link #write} refuses such a CAS.
     */
    public CAS readAnnotations(byte[] bytes, String name, CAS reuse) throws CasFormatException {
        return read(bytes, name, reuse, false);
    }

    private CAS read(byte[] bytes, String name, CAS reuse, boolean segmentation) throws CasFormatException {
        if (reuse != null) {
            partial.remove(reuse);
        }
        if (reuse != null && reuse.getTypeSystem() != factory.typeSystem()) {
            throw new IllegalArgumentException("the CAS to reuse for " + name + " has another type system than schema '"
                    + factory.schema().getName() + "'; pass a CAS of this format's factory");
        }
        if (!CasHeader.present(bytes)) {
            return embedded().read(bytes, name, reuse);
        }
        CasHeader header = CasHeader.read(bytes, name);
        CasDamage.checkHeader(bytes, header.dataStart(), name, false);
        Optional<TypeSystem> other = header.typeSystem().equals(factory.typeSystemFile().id())
                ? Optional.empty()
                : other(header.typeSystem(), name);
        if (other.isEmpty()) {
            return fill(bytes, header, reuse != null ? reuse : factory.emptyCas(), factory.typeSystem(), name,
                    segmentation);
        }
        CAS asWritten = fill(bytes, header, newCas(other.get(), name), other.get(), name, true);
        // a schema changed since: the earlier form's path maps the file's types onto the current ones, refusing losses
        return embedded().read(EmbeddedForm.write(asWritten), name, null);
    }

    // Loads the file into cas, a CAS of the type system it was written with, its sentences and tokens last in form 2
    // (left out unless segmentation).
    private CAS fill(byte[] bytes, CasHeader header, CAS cas, TypeSystem written, String name, boolean segmentation)
            throws CasFormatException {
        if (!header.lean()) {
            return CasDamage.requireText(load(bytes, header, cas, written, name), name);
        }
        TypeSystem data = lean.dataTypeSystem(written).orElseThrow(() -> new CasFormatException(name + ": keeps its"
                + " sentences and tokens apart (form 2), but its type system lets annotations refer to them; the file"
                + " is damaged. Restore it from version control or a backup"));
        CasDamage.requireText(load(bytes, header, cas, data, name), name);
        if (!segmentation) {
            partial.add(cas);
            return cas;
        }
        try {
            SpanBlock.decode(bytes, header.blockStart(), header.dataStart() - header.blockStart(), cas, name);
        } catch (CasFormatException | RuntimeException e) {
            cas.reset();
            throw e instanceof CasFormatException c ? c : CasDamage.corrupt(name, e);
        }
        return cas;
    }

    private Optional<TypeSystem> other(String id, String name) throws CasFormatException {
        Optional<TypeSystem> known = others.get(id);
        if (known != null) {
            return known;
        }
        String where = source.where(id);
        byte[] xml = source.read(id).orElseThrow(() -> new CasFormatException(name + ": was written with the type"
                + " system in " + where + ", which is missing; the corpus is incomplete. Synchronise again or restore"
                + " the file from version control or a backup"));
        org.apache.uima.resource.metadata.TypeSystemDescription description = TypeSystemFile.parse(id, xml, where);
        TypeSystem typeSystem;
        try {
            typeSystem = CasCreationUtils.createCas(description, null, null).getTypeSystem();
        } catch (ResourceInitializationException | RuntimeException e) {
            throw new CasFormatException(where + ": UIMA cannot build a type system from it (" + e.getMessage()
                    + "); restore it from version control or a backup", e);
        }
        Optional<TypeSystem> found = embedded().isOwn(typeSystem) ? Optional.empty() : Optional.of(typeSystem);
        if (others.size() < KNOWN_TYPE_SYSTEMS) {
            others.put(id, found);
        }
        return found;
    }

    private static CAS newCas(TypeSystem typeSystem, String name) throws CasFormatException {
        try {
            return CasCreationUtils.createCas(typeSystem, null, null, null);
        } catch (ResourceInitializationException e) {
            throw new CasFormatException(name + ": cannot create a CAS of the type system it was written with ("
                    + e.getMessage() + ")", e);
        }
    }

    private static CAS load(byte[] bytes, CasHeader header, CAS cas, TypeSystem typeSystem, String name)
            throws CasFormatException {
        DataInputStream in = new DataInputStream(
                new ByteArrayInputStream(bytes, header.dataStart(), bytes.length - header.dataStart()));
        try {
            CommonSerDes.isBinaryHeader(in);
            CommonSerDes.Header uima = CommonSerDes.readHeader(in);
            ((CASImpl) cas.getLowLevelCAS()).getBinaryCasSerDes().reinit(uima, in, null, CasLoadMode.DEFAULT, null,
                    AllowPreexistingFS.allow, (TypeSystemImpl) typeSystem);
            return cas;
        } catch (IOException | RuntimeException | OutOfMemoryError | AssertionError e) {
            // a half-loaded CAS must not be handed back to the caller's pool looking valid
            cas.reset();
            throw CasDamage.corrupt(name, e);
        }
    }

    private EmbeddedForm embedded() {
        EmbeddedForm form = embedded;
        if (form == null) {
            synchronized (this) {
                form = embedded;
                if (form == null) {
                    form = new EmbeddedForm(factory);
                    embedded = form;
                }
            }
        }
        return form;
    }

    private byte[] line() {
        byte[] named = line;
        if (named == null) {
            named = CasHeader.line(factory.typeSystemFile().id());
            line = named;
        }
        return named;
    }
}
