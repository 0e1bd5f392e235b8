package org.attest.cas;

import java.util.Optional;

/** Where the type system files that stored CASes name are kept: a corpus's {@code typesystems} folder. */
public interface TypeSystemSource {

    /** A source that holds no type system file, for CASes read outside a corpus. */
    TypeSystemSource NONE = new TypeSystemSource() {

        @Override
        public Optional<byte[]> read(String id) {
            return Optional.empty();
        }

        @Override
        public String where(String id) {
            return "a type system file " + id + "." + TypeSystemFile.EXTENSION;
        }
    };

    /**
     * Returns the content of type system file {@code id} (an id {@link TypeSystemFile#ID} matches), or empty when there
     * is none; throws naming the file when it is there but cannot be read.
     */
    Optional<byte[]> read(String id) throws CasFormatException;

    /** Returns the file type system {@code id} is kept in, as messages name it. */
    String where(String id);
}
