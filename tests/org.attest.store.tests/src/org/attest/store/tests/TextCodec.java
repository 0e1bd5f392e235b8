package org.attest.store.tests;

import org.attest.store.cache.CasCache;
import org.attest.store.cache.Decoder;
import org.attest.store.cache.Encoder;

/** The cache tests' values: one string per entry. */
final class TextCodec {

    /** Keeps a string as it is. */
    static final CasCache.Codec<String> TEXT = new CasCache.Codec<>() {

        @Override
        public void encode(String value, Encoder out) {
            out.string(value);
        }

        @Override
        public String decode(Decoder in) {
            return in.string();
        }
    };

    private TextCodec() {
    }
}
