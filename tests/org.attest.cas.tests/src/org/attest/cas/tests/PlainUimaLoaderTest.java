package org.attest.cas.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.XMLInputSource;
import org.attest.cas.CasFactory;
import org.attest.cas.CasFormat;
import org.attest.testing.Samples;
import org.junit.jupiter.api.Test;

/**
 * README's loader for plain UIMA, step by step with nothing of Attest: the type system file, the UIMA data written for
 * it without Sentence and Token, and the block of sentences and tokens decoded as docs/cas-format.md describes it.
 */
class PlainUimaLoaderTest {

    private final CasFactory factory = Fixtures.factory();
    private final CAS original = Fixtures.annotated(factory, Samples.sharedText("karabakh-ceasefire-a.txt"));

    @Test
    void thatPlainUimaReadsAFileWithTheLoaderTheReadmeDocuments() throws Exception {
        byte[] typeSystemXml = factory.typeSystemFile().xml();
        byte[] bytes = new CasFormat(factory).write(original);

        TypeSystemDescription tsd = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(new ByteArrayInputStream(typeSystemXml), null));
        CAS cas = CasCreationUtils.createCas(tsd, null, null);
        TypeSystemDescription data = (TypeSystemDescription) tsd.clone();
        data.setTypes(Arrays.stream(tsd.getTypes())
                .filter(t -> !t.getName().equals("org.attest.type.Sentence")
                        && !t.getName().equals("org.attest.type.Token"))
                .toArray(TypeDescription[]::new));
        TypeSystem written = CasCreationUtils.createCas(data, null, null).getTypeSystem();
        int line = 0;
        while (bytes[line] != '\n') {
            line++;
        }
        String[] words = new String(bytes, 0, line, StandardCharsets.US_ASCII).split(" ");
        int block = Integer.parseInt(words[4]);
        CasIOUtils.load(new ByteArrayInputStream(bytes, line + 1 + block, bytes.length - line - 1 - block), cas,
                written);
        Block in = new Block(bytes, line + 1);
        in.addSpans(cas, cas.getTypeSystem().getType("org.attest.type.Sentence"));
        in.addSpans(cas, cas.getTypeSystem().getType("org.attest.type.Token"));

        assertThat(words).hasSize(5).startsWith("ATTEST", "CAS", "2", factory.typeSystemFile().id());
        assertThat(in.position).isEqualTo(line + 1 + block);
        assertThat(cas.getDocumentText()).isEqualTo(original.getDocumentText());
        assertThat(CasFormatTest.dump(cas)).isEqualTo(CasFormatTest.dump(original));
    }

    /** The block as docs/cas-format.md describes it, decoded from the description alone. */
    private static final class Block {

        private final byte[] bytes;
        private int position;

        Block(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        void addSpans(CAS cas, Type type) {
            long count = varint();
            long end = 0;
            for (long i = 0; i < count; i++) {
                int b = bytes[position++] & 0xFF;
                long begin;
                if (b == 0xFF) {
                    begin = end + zigzag(varint());
                    end = begin + zigzag(varint());
                } else {
                    begin = end + (b >> 6);
                    end = begin + (b & 63);
                }
                cas.addFsToIndexes(cas.createAnnotation(type, (int) begin, (int) end));
            }
        }

        private long varint() {
            long value = 0;
            int shift = 0;
            int b;
            do {
                b = bytes[position++] & 0xFF;
                value |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b >= 0x80);
            return value;
        }

        private static long zigzag(long n) {
            return (n >>> 1) ^ -(n & 1);
        }
    }
}
