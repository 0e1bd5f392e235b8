package org.attest.suggest.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.model.Document;
import org.attest.suggest.api.SuggestException;
import org.attest.suggest.api.Suggestion;
import org.attest.suggest.rules.CuesRecommender;
import org.attest.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CuesRecommenderTest {

    @TempDir
    Path tmp;

    private final CuesRecommender sut = new CuesRecommender();

    @Test
    void thatTheBuiltInEnglishListFindsTheCuesOfTheHarbourFlood() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document document = texts.add("a", Samples.project().resolve("harbour-flood-a.txt"), "en");
            List<Suggestion> found = texts.suggest(sut, document);
            assertThat(found).extracting(s -> texts.covered(document, s)).contains("said", "told", "According to",
                    "warned", "wrote");
            assertThat(found).extracting(Suggestion::layer, Suggestion::label).containsOnly(
                    org.assertj.core.groups.Tuple.tuple("Cue", "CUE"));
        }
    }

    @Test
    void thatTheCorpusListOfALanguageReplacesTheBuiltInOne() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document document = texts.add("a", Samples.project().resolve("harbour-flood-a.txt"), "en");
            Path list = texts.store().layout().dir().resolve("settings/cues/en.txt");
            Files.createDirectories(list.getParent());
            Files.writeString(list, "# only promises\npromised\n");
            assertThat(texts.suggest(sut, document)).extracting(s -> texts.covered(document, s))
                    .containsExactly("promised");
        }
    }

    @Test
    void thatALanguageWithoutAListIsRefusedNamingTheFileToWrite() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document document = texts.add("a", "Ele disse que sim.", "pt");
            assertThatThrownBy(() -> texts.suggest(sut, document)).isInstanceOf(SuggestException.class)
                    .hasMessageContaining("'pt'").hasMessageContaining("settings")
                    .hasMessageContaining("pt.txt");
        }
    }

    @Test
    void thatTheGermanListFindsCuesOfAGermanText() throws Exception {
        try (Texts texts = new Texts(tmp)) {
            Document document = texts.add("d", "Laut Polizei sind 40 Menschen vermisst, sagte der Bürgermeister.",
                    "de");
            assertThat(texts.suggest(sut, document)).extracting(s -> texts.covered(document, s))
                    .containsExactly("Laut", "sagte");
        }
    }
}
