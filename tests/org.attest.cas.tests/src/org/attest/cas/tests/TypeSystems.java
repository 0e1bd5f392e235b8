package org.attest.cas.tests;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.attest.cas.CasFactory;
import org.attest.cas.TypeSystemFile;
import org.attest.cas.TypeSystemSource;

/** A type system source in memory holding the type system files of some factories, as a corpus folder would. */
final class TypeSystems implements TypeSystemSource {

    private final Map<String, byte[]> files = new TreeMap<>();

    static TypeSystems of(CasFactory... factories) {
        TypeSystems source = new TypeSystems();
        for (CasFactory factory : factories) {
            TypeSystemFile file = factory.typeSystemFile();
            source.files.put(file.id(), file.xml());
        }
        return source;
    }

    /** Replaces the content of type system file {@code id}, as a damage or a hand edit would. */
    TypeSystems with(String id, byte[] xml) {
        files.put(id, xml);
        return this;
    }

    @Override
    public Optional<byte[]> read(String id) {
        return Optional.ofNullable(files.get(id));
    }

    @Override
    public String where(String id) {
        return "corpus/typesystems/" + id + ".xml";
    }
}
