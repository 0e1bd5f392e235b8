package org.attest.cas.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.Type;
import org.apache.uima.util.CasIOUtils;
import org.attest.cas.AttestTypes;
import org.attest.cas.CasFactory;
import org.attest.cas.CasFormat;
import org.attest.cas.CasFormatException;
import org.attest.testing.Samples;
import org.junit.jupiter.api.Test;

/** Form 2 of a .bcas file: sentences and tokens in a block of their own, the rest as UIMA form 6. */
class CasFormatFormTwoTest {

    private static final String NAME = "corpus/documents/flood/annotations/kari.bcas";

    private final CasFactory factory = Fixtures.factory();
    private final CasFormat sut = new CasFormat(factory);

    private static String firstLine(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 80), StandardCharsets.ISO_8859_1);
        return start.substring(0, start.indexOf('\n'));
    }

    private CAS withSpans(int[][] sentences, int[][] tokens) {
        CAS cas = factory.emptyCas();
        cas.setDocumentText("x".repeat(400));
        Type sentence = cas.getTypeSystem().getType(AttestTypes.SENTENCE);
        Type token = cas.getTypeSystem().getType(AttestTypes.TOKEN);
        for (int[] s : sentences) {
            cas.addFsToIndexes(cas.createAnnotation(sentence, s[0], s[1]));
        }
        for (int[] t : tokens) {
            cas.addFsToIndexes(cas.createAnnotation(token, t[0], t[1]));
        }
        return cas;
    }

    @Test
    void thatSpansOfEveryShapeComeBackExactlyAndWriteTheSameBytesAgain() throws Exception {
        // adjacent, gaps of 0 to 5, empty, long, overlapping, the same span twice, past the text, at its very end
        CAS cas = withSpans(new int[][]{{0, 120}, {121, 400}, {300, 320}},
                new int[][]{{0, 3}, {3, 5}, {6, 9}, {11, 14}, {17, 17}, {22, 30}, {25, 27}, {40, 140}, {40, 140},
                        {141, 203}, {204, 267}, {399, 400}, {400, 470}});

        byte[] bytes = sut.write(cas);
        CAS read = sut.read(bytes, NAME);

        assertThat(firstLine(bytes)).startsWith("ATTEST CAS 2 ");
        assertThat(CasFormatTest.dump(read)).hasSize(17).isEqualTo(CasFormatTest.dump(cas));
        assertThat(sut.write(read)).isEqualTo(bytes);
    }

    @Test
    void thatACasWithNoSentencesOrTokensHasAnEmptyBlockAndStaysWithout() throws Exception {
        CAS cas = withSpans(new int[0][], new int[0][]);

        CAS read = sut.read(sut.write(cas), NAME);

        assertThat(firstLine(sut.write(cas))).endsWith(" 2");
        assertThat(CasFormatTest.dump(read)).isEqualTo(CasFormatTest.dump(cas));
    }

    @Test
    void thatARealDocumentsFileIsAboutAsSmallAsWithSentencesAndTokensInTheUimaData() throws Exception {
        CAS original = Fixtures.annotated(factory, Samples.sharedText("karabakh-ceasefire-a.txt"));
        ByteArrayOutputStream formOne = new ByteArrayOutputStream();
        CasIOUtils.save(original, formOne, SerialFormat.COMPRESSED_FILTERED);

        byte[] bytes = sut.write(original);

        // a token takes one byte in the block, about what form 6 takes to deflate it (3,809 bytes against 3,485)
        assertThat(bytes.length).as("form 2 against %d bytes of form 6 with the tokens", formOne.size())
                .isLessThan(formOne.size() * 11 / 10);
        assertThat(CasFormatTest.dump(sut.read(bytes, NAME))).isEqualTo(CasFormatTest.dump(original));
    }

    @Test
    void thatACasWithASecondViewKeepsItsSentencesAndTokensInTheUimaDataAsInFormOne() throws Exception {
        CAS cas = withSpans(new int[][]{{0, 10}}, new int[][]{{0, 4}, {5, 10}});
        cas.createView("translation").setDocumentText("y".repeat(10));

        byte[] bytes = sut.write(cas);
        CAS read = sut.read(bytes, NAME);

        assertThat(firstLine(bytes)).startsWith("ATTEST CAS 1 ");
        assertThat(CasFormatTest.dump(read)).isEqualTo(CasFormatTest.dump(cas));
        assertThat(read.getView("translation").getDocumentText()).isEqualTo("y".repeat(10));
    }

    @Test
    void thatADamagedBlockIsRefusedNamingTheFile() {
        CAS cas = withSpans(new int[][]{{0, 120}}, new int[][]{{0, 3}, {3, 5}, {6, 9}});
        byte[] bytes = sut.write(cas);
        int block = firstLine(bytes).length() + 1;
        byte[] countTooHigh = bytes.clone();
        countTooHigh[block] = 9;
        String line = firstLine(bytes);
        byte[] shorter = (line.substring(0, line.lastIndexOf(' ') + 1) + "2\n").getBytes(StandardCharsets.US_ASCII);
        byte[] cut = new byte[shorter.length + bytes.length - block - 2];
        System.arraycopy(shorter, 0, cut, 0, shorter.length);
        System.arraycopy(bytes, block, cut, shorter.length, bytes.length - block - 2);
        byte[] truncated = Arrays.copyOf(bytes, block + 2);

        for (byte[] damaged : new byte[][]{countTooHigh, cut, truncated}) {
            assertThatThrownBy(() -> sut.read(damaged, NAME)).isInstanceOf(CasFormatException.class)
                    .hasMessageStartingWith(NAME);
        }
        assertThatThrownBy(() -> sut.read(countTooHigh, NAME)).hasMessageContaining("sentences and tokens");
    }

    @Test
    void thatAReaderOfAnnotationsGetsEverythingButTheSentencesAndTokensAndCannotSaveIt() throws Exception {
        CAS original = Fixtures.annotated(factory, Samples.sharedText("karabakh-ceasefire-a.txt"));
        byte[] bytes = sut.write(original);
        List<String> annotations = CasFormatTest.dump(original).stream()
                .filter(line -> !line.startsWith("Sentence[") && !line.startsWith("Token[")).toList();

        CAS read = sut.readAnnotations(bytes, NAME, null);

        assertThat(annotations).hasSizeGreaterThan(10).hasSizeLessThan(CasFormatTest.dump(original).size() / 4);
        assertThat(CasFormatTest.dump(read)).isEqualTo(annotations);
        assertThat(read.getDocumentText()).isEqualTo(original.getDocumentText());
        assertThatThrownBy(() -> sut.write(read)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without its sentences and tokens");
        // read in full into the same CAS, it is whole again and saves as before
        assertThat(sut.read(bytes, NAME, read)).isSameAs(read);
        assertThat(sut.write(read)).isEqualTo(bytes);
    }

    @Test
    void thatAReaderOfAnnotationsGetsTheSentencesAndTokensOfAFileThatKeepsThemInTheUimaData() throws Exception {
        CAS cas = withSpans(new int[][]{{0, 10}}, new int[][]{{0, 4}, {5, 10}});
        cas.createView("translation").setDocumentText("y".repeat(10));
        byte[] formOne = sut.write(cas);

        CAS read = sut.readAnnotations(formOne, NAME, null);

        assertThat(CasFormatTest.dump(read)).isEqualTo(CasFormatTest.dump(cas));
        assertThat(sut.write(read)).isEqualTo(formOne);
    }
}
