package org.attest.cas.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.CasFactory;
import org.attest.cas.Segmenter;
import org.attest.model.schema.DefaultSchema;
import org.attest.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SegmenterTest {

    private final Segmenter sut = new Segmenter();
    private final CasFactory factory = new CasFactory(DefaultSchema.create(), sut);

    private static List<AnnotationFS> of(CAS cas, String type) {
        List<AnnotationFS> result = new ArrayList<>();
        cas.getAnnotationIndex(cas.getTypeSystem().getType(type)).forEach(result::add);
        return result;
    }

    private List<String> tokens(String text) {
        return of(factory.newCas(text), AttestTypes.TOKEN).stream().map(AnnotationFS::getCoveredText).toList();
    }

    private List<String> sentences(String text) {
        return of(factory.newCas(text), AttestTypes.SENTENCE).stream().map(AnnotationFS::getCoveredText).toList();
    }

    static List<String> samples() {
        return Samples.sharedNames();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void thatASampleArticleGetsSentencesAndTokensCoveringEveryVisibleCharacter(String name) {
        String text = Samples.sharedText(name);

        CAS cas = factory.newCas(text);

        List<AnnotationFS> tokens = of(cas, AttestTypes.TOKEN);
        List<AnnotationFS> sentences = of(cas, AttestTypes.SENTENCE);
        assertThat(sentences).hasSizeGreaterThan(10);
        assertThat(tokens).hasSizeGreaterThan(500);
        boolean[] covered = new boolean[text.length()];
        for (AnnotationFS token : tokens) {
            assertThat(token.getCoveredText()).isEqualTo(text.substring(token.getBegin(), token.getEnd())).isNotBlank();
            assertThat(token.getCoveredText().codePoints().noneMatch(Character::isWhitespace))
                    .as(token.getCoveredText()).isTrue();
            assertThat(Character.isLowSurrogate(text.charAt(token.getBegin()))).isFalse();
            for (int i = token.getBegin(); i < token.getEnd(); i++) {
                covered[i] = true;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            assertThat(covered[i] || Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))
                    .as("offset %d '%s' of %s", i, text.charAt(i), name).isTrue();
        }
        for (AnnotationFS sentence : sentences) {
            assertThat(sentence.getCoveredText()).isEqualTo(sentence.getCoveredText().strip()).isNotEmpty();
        }
        assertThat(cas.getDocumentText()).isSameAs(text);
    }

    @Test
    void thatCurlyQuotesAreTokensOfTheirOwn() {
        assertThat(tokens("calls it an “Anti-terrorist operation”.")).containsExactly("calls", "it", "an", "“", "Anti",
                "-", "terrorist", "operation", "”", ".");
    }

    @Test
    void thatNonAsciiLettersStayInsideTheirWord() {
        assertThat(tokens("Pašinjan met Ilham Əliyev in Brüssel.")).containsExactly("Pašinjan", "met", "Ilham",
                "Əliyev",
                "in", "Brüssel", ".");
    }

    @Test
    void thatNumbersWithSeparatorsAreOneToken() {
        assertThat(tokens("More than 7,000 people, up to 10.5 percent")).contains("7,000", "10.5");
    }

    @Test
    void thatEmojiAndFlagsAreNeverSplitInsideASurrogatePair() {
        String text = "Great 👍🏽 news 🇳🇴 today😀!";

        CAS cas = factory.newCas(text);

        List<AnnotationFS> tokens = of(cas, AttestTypes.TOKEN);
        assertThat(tokens).extracting(AnnotationFS::getCoveredText).contains("👍🏽", "🇳🇴", "😀", "today");
        for (AnnotationFS token : tokens) {
            assertThat(Character.isLowSurrogate(text.charAt(token.getBegin()))).isFalse();
            assertThat(Character.isHighSurrogate(text.charAt(token.getEnd() - 1))).isFalse();
        }
        assertThat(tokens.get(1).getBegin()).isEqualTo(6);
        assertThat(tokens.get(1).getEnd()).isEqualTo(10);
    }

    @Test
    void thatCrlfLineBreaksEndSentencesAndNeverBecomeTokens() {
        String text = "Ceasefire agreed\r\nThe separatists lay down arms. Talks follow.\r\n";

        assertThat(sentences(text)).containsExactly("Ceasefire agreed", "The separatists lay down arms.",
                "Talks follow.");
        assertThat(tokens(text)).noneMatch(t -> t.contains("\r") || t.contains("\n")).contains("agreed", "The");
    }

    @Test
    void thatCommonEnglishAbbreviationsDoNotEndASentence() {
        assertThat(sentences("Mr. Blinken called on Tuesday. Talks followed.")).containsExactly(
                "Mr. Blinken called on Tuesday.", "Talks followed.");
    }

    @Test
    void thatTheLanguageCodeChoosesTheLocaleAndDefaultsToEnglish() {
        assertThat(new Segmenter("nb").language()).isEqualTo("nb");
        assertThat(new Segmenter(" ").language()).isEqualTo("en");
        assertThat(factory.newCas("Hi.").getDocumentLanguage()).isEqualTo("en");
    }

    @Test
    void thatABadLanguageCodeIsRefusedWhenTheSegmenterIsMadeNotAtItsFirstText() {
        assertThatThrownBy(() -> new Segmenter("not a code!")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'not a code!' is not a BCP 47 language code");
    }

    @Test
    void thatTextsSegmentedFromSeveralThreadsAtOnceGetTheSameSentencesAsOneAtATime() throws Exception {
        String text = "Mr. Blinken called on Tuesday. Talks followed. Up to 100 people died.";
        CasFactory fresh = new CasFactory(DefaultSchema.create(), new Segmenter());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                counts.add(pool.submit(() -> of(fresh.newCas(text), AttestTypes.SENTENCE).size()));
            }
            for (Future<Integer> count : counts) {
                assertThat(count.get()).isEqualTo(sentences(text).size()).isEqualTo(3);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thatTheLastSentenceEndBeforeAnOffsetIsTheSpaceAfterItAndAnAbbreviationEndsNone() {
        String text = "Talks followed. Then Mr. Blinken called. Up to 100 people died.";
        Segmenter sut = new Segmenter();

        assertThat(sut.lastSentenceEnd(text, 0, text.indexOf("Up"))).isEqualTo(text.indexOf(" Up"));
        assertThat(sut.lastSentenceEnd(text, 0, text.indexOf("Blinken"))).isEqualTo(text.indexOf(" Then"));
        assertThat(sut.lastSentenceEnd(text, text.indexOf("Then"), text.indexOf("called"))).isEqualTo(-1);
    }
}
