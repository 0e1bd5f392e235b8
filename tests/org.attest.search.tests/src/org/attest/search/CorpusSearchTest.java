package org.attest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.attest.store.CorpusStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSearchTest {

    @TempDir
    Path tmp;

    private CorpusStore store;
    private CorpusSearch sut;

    @BeforeEach
    void openTheNewsCorpus() throws Exception {
        store = NewsCorpus.create(tmp.resolve("corpus"));
        sut = CorpusSearch.open(store);
    }

    @AfterEach
    void close() throws Exception {
        sut.close();
        store.close();
    }

    private List<SearchHit> hits(String query) throws QueryException {
        return sut.search(query, 100).hits();
    }

    private List<String> where(String query) throws QueryException {
        return hits(query).stream().map(h -> h.documentId() + "/" + h.annotator() + "/" + h.match()).toList();
    }

    @Test
    void theIndexIsBuiltWithoutWarnings() {
        assertThat(sut.warnings()).isEmpty();
    }

    @Test
    void aWordIsFoundInTheTextWithItsContext() throws Exception {
        List<SearchHit> found = hits("harbour");

        assertThat(found).singleElement().satisfies(h -> {
            assertThat(h.documentId()).isEqualTo("harbour");
            assertThat(h.annotator()).isNull();
            assertThat(h.match()).isEqualTo("harbour");
            assertThat(NewsCorpus.HARBOUR.substring(h.begin(), h.end())).isEqualTo("harbour");
            assertThat(h.before()).endsWith("Mayor Ana Kovačić visited the ");
        });
    }

    @Test
    void aWordIsFoundIgnoringCaseAccentsAndScript() throws Exception {
        List<SearchHit> found = hits("KOVACIC");

        assertThat(found).extracting(SearchHit::match).containsExactly("Kovačić", "Ковачич", "Kovacic");
    }

    @Test
    void aPhraseIsFoundOnlyWithItsWordsInOrder() throws Exception {
        assertThat(where("\"people are missing\"")).containsExactly("river/null/people are missing");
        assertThat(where("\"missing people\"")).isEmpty();
    }

    @Test
    void layerAndLabelFindAnnotationsOfEveryAnnotatorAndTheGold() throws Exception {
        assertThat(where("layer:claim label:statistic")).containsExactly("harbour/anna/At least 120 people died",
                "harbour/gold/At least 120 people died", "river/anna/About 40 people are missing",
                "river/anna/300 homes were flooded");
        assertThat(where("layer:Claim annotator:ben")).containsExactly("river/ben/About 40 people are missing");
    }

    @Test
    void aFieldAndAWordMeanAnAnnotationWhoseWordsHoldTheWord() throws Exception {
        assertThat(where("layer:Claim missing")).containsExactly("river/anna/About 40 people are missing",
                "river/ben/About 40 people are missing");
    }

    @Test
    void numbersAreFoundInRangesAndComparisons() throws Exception {
        assertThat(where("value:[100 TO 500] annotator:anna")).containsExactly(
                "harbour/anna/At least 120 people died", "river/anna/300 homes were flooded");
        assertThat(where("value:>120 annotator:anna")).containsExactly("river/anna/300 homes were flooded");
        assertThat(where("value:40")).containsExactly("river/anna/About 40 people are missing");
    }

    @Test
    void aTagsetValueIsMatchedWhole() throws Exception {
        assertThat(where("qualifier:\"at least\" annotator:anna")).containsExactly(
                "harbour/anna/At least 120 people died");
        assertThat(where("qualifier:least")).isEmpty();
    }

    @Test
    void anEntityIsFoundByItsNameOrAnyAlias() throws Exception {
        List<String> byName = where("entity:\"Ana Kovačić\" annotator:anna");

        assertThat(byName).containsExactly("harbour/anna/Ana Kovačić", "river/anna/Ana Kovacic");
        assertThat(where("entity:\"ANA KOVACIC\" annotator:anna")).isEqualTo(byName);
        assertThat(where("entity:\"Nobody Known\"")).isEmpty();
    }

    @Test
    void aClaimIsFoundByTheSourcesOfItsChain() throws Exception {
        assertThat(where("via:\"social media\" annotator:anna")).containsExactly(
                "harbour/anna/At least 120 people died");
        assertThat(where("via:\"news agency\" value:>100 annotator:anna")).containsExactly(
                "harbour/anna/At least 120 people died", "river/anna/300 homes were flooded");
        assertThat(where("via:officials")).containsExactly("river/anna/About 40 people are missing");
    }

    @Test
    void documentsAreFoundByDateStateAndGold() throws Exception {
        assertThat(where("date:[2024-01-01 TO 2024-02-01]")).extracting(w -> w.split("/")[0])
                .containsExactly("harbour");
        assertThat(where("layer:Claim state:\"in progress\"")).containsExactly(
                "river/ben/About 40 people are missing");
        assertThat(where("gold:yes")).extracting(w -> w.split("/")[0]).containsExactly("harbour");
        assertThat(where("flood* AND NOT gold:yes")).extracting(w -> w.split("/")[0]).containsExactly("river");
    }

    @Test
    void documentsAreFoundByTheWordsOfTheirOutletAndTitle() throws Exception {
        assertThat(where("outlet:\"le monde\" layer:Claim")).containsExactly("harbour/anna/At least 120 people died",
                "harbour/gold/At least 120 people died");
        assertThat(where("outlet:gazeta layer:Claim annotator:anna")).containsExactly(
                "river/anna/About 40 people are missing", "river/anna/300 homes were flooded");
        assertThat(where("title:ris* AND kovacic")).containsExactly("river/null/Kovacic");
        assertThat(hits("title:ris* AND kovacic")).extracting(SearchHit::title)
                .containsExactly("The river is still rising");
        assertThat(hits("outlet:monde layer:Claim")).extracting(SearchHit::title).containsOnly("Flood in the harbour");
        assertThat(where("title:\"still rising\" OR outlet:monde")).extracting(w -> w.split("/")[0])
                .containsExactly("harbour", "river");
    }

    @Test
    void aDocumentFieldCombinesWithNotAndFindsNothingWhenNoDocumentHasIt() throws Exception {
        assertThat(where("layer:Claim NOT outlet:monde annotator:anna")).containsExactly(
                "river/anna/About 40 people are missing", "river/anna/300 homes were flooded");
        assertThat(where("outlet:nowhere")).isEmpty();
        assertThat(where("title:harbour OR outlet:nowhere")).extracting(w -> w.split("/")[0])
                .containsExactly("harbour");
    }

    @Test
    void booleanOperatorsCombineTerms() throws Exception {
        assertThat(where("layer:Claim AND (value:40 OR value:300)")).containsExactly(
                "river/anna/About 40 people are missing", "river/anna/300 homes were flooded");
        assertThat(where("layer:Source NOT label:person annotator:anna")).extracting(w -> w.split("/")[2])
                .containsExactly("Reuters", "social media posts", "officials", "the agency AFP");
    }

    @Test
    void disagreementFindsWhereTheAnnotatorsDiffer() throws Exception {
        assertThat(where("disagreement:yes layer:Claim")).containsExactly(
                "river/anna/About 40 people are missing", "river/ben/About 40 people are missing",
                "river/anna/300 homes were flooded");
    }

    @Test
    void anUnknownFieldIsNamedWithItsColumn() {
        assertThatThrownBy(() -> sut.search("layer:Claim colour:red", 10)).isInstanceOfSatisfying(
                QueryException.class, e -> {
                    assertThat(e.column()).isEqualTo(13);
                    assertThat(e.problem()).contains("no field 'colour'").contains("layer");
                });
    }

    @Test
    void aLayerTheSchemaLacksIsNamedWithTheLayersItHas() {
        assertThatThrownBy(() -> sut.search("label:statistic AND layer:Clam", 10)).isInstanceOfSatisfying(
                QueryException.class, e -> {
                    assertThat(e.column()).isEqualTo(21);
                    assertThat(e.problem()).contains("no layer 'Clam'").contains("Claim, Source");
                });
    }

    @Test
    void aBrokenQueryIsNamedWithItsColumn() {
        assertThatThrownBy(() -> sut.search("layer:Claim AND (value:40", 10)).isInstanceOfSatisfying(
                QueryException.class, e -> assertThat(e.getMessage()).contains("column"));
        assertThatThrownBy(() -> sut.search("value:[ten TO 20]", 10)).isInstanceOfSatisfying(QueryException.class,
                e -> assertThat(e.problem()).contains("'ten' is not one"));
        assertThatThrownBy(() -> sut.search("  ", 10)).isInstanceOf(QueryException.class);
    }

    @Test
    void theLimitCutsTheHitsButNotTheTotal() throws Exception {
        SearchResults results = sut.search("layer:Claim", 2);

        assertThat(results.hits()).hasSize(2);
        assertThat(results.total()).isEqualTo(5);
    }

    @Test
    void theBareWordDisagreementFindsWhereTheAnnotatorsDiffer() throws Exception {
        assertThat(where("disagreement")).isEqualTo(where("disagreement:yes")).isNotEmpty();
        assertThat(where("disagreement layer:Claim")).isEqualTo(where("disagreement:yes layer:Claim"));
        assertThat(where("DISAGREEMENT AND annotator:anna")).isEqualTo(where("disagreement:yes AND annotator:anna"))
                .contains("river/anna/300 homes were flooded").noneMatch(w -> w.startsWith("harbour"));
    }

    @Test
    void disagreementInQuotesIsAWordOfTheText() throws Exception {
        assertThat(hits("\"disagreement\"")).isEmpty();
        assertThat(hits("\"disagreement\" OR missing")).extracting(SearchHit::annotator).containsOnlyNulls();
    }

    @Test
    void everyOccurrenceOfAWordIsAHitOfItsOwn() throws Exception {
        SearchResults results = sut.search("said", 100);

        assertThat(results.hits()).extracting(h -> h.documentId() + "@" + h.begin()).containsExactly(
                "harbour@" + NewsCorpus.HARBOUR.indexOf("said"), "river@" + NewsCorpus.RIVER.indexOf("said"),
                "river@" + NewsCorpus.RIVER.indexOf("said the"), "river@" + NewsCorpus.RIVER.lastIndexOf("said"));
        assertThat(results.hits()).allSatisfy(h -> assertThat(h.match()).isEqualTo("said"));
        assertThat(results.total()).isEqualTo(4);
        assertThat(results.hits().get(3).before()).endsWith("the agency AFP ");
    }

    @Test
    void everyOccurrenceOfAPhraseIsAHitAndTheLimitBoundsThem() throws Exception {
        SearchResults results = sut.search("\"people\" OR flood*", 2);

        assertThat(results.hits()).extracting(SearchHit::match).containsExactly("people", "flood");
        assertThat(results.total()).isEqualTo(4);
    }

    @Test
    void twoPhrasesInOneParagraphAreTwoHitsAndCountTwice() throws Exception {
        SearchResults results = sut.search("\"kovacic said\" OR \"AFP said\" OR \"said nothing\"", 10);

        assertThat(results.hits()).extracting(SearchHit::match).containsExactly("Kovacic said", "AFP said");
        assertThat(results.total()).isEqualTo(2);
    }

    @Test
    void aWordWithADocumentsFieldCountsItsOccurrencesInThoseDocumentsOnly() throws Exception {
        // a limit of one hit, so that the count walks the hits beyond the first
        assertThat(sut.search("said", 1).total()).isEqualTo(4);
        assertThat(sut.search("outlet:gazeta said", 1).total()).isEqualTo(3);
        assertThat(sut.search("said AND NOT outlet:gazeta", 1).total()).isEqualTo(1);
        assertThat(sut.search("date:[2024-03-01 TO 2024-03-31] said", 1).total()).isEqualTo(3);
        assertThat(sut.search("gold:yes \"reuters said\"", 1).total()).isEqualTo(1);
    }

    @Test
    void theCountStopsAtItsBoundAndSaysItIsALowerBound() throws Exception {
        SearchResults words = sut.search("said", 1, 3);
        SearchResults annotations = sut.search("layer:Claim", 1, 2);

        assertThat(words.hits()).hasSize(1);
        assertThat(words.total()).isEqualTo(3);
        assertThat(words.exact()).isFalse();
        assertThat(words.totalText()).isEqualTo("3+");
        assertThat(annotations.hits()).hasSize(1);
        assertThat(annotations.total()).isEqualTo(2);
        assertThat(annotations.exact()).isFalse();
    }

    @Test
    void whenTheFirstHitsAreAllThereAreTheCountIsExactWhateverTheBound() throws Exception {
        SearchResults words = sut.search("said", 100, 3);

        assertThat(words.hits()).hasSize(4);
        assertThat(words.total()).isEqualTo(4);
        assertThat(words.exact()).isTrue();
    }

    @Test
    void underItsBoundTheCountIsExact() throws Exception {
        SearchResults words = sut.search("said", 100);
        SearchResults annotations = sut.search("layer:Claim", 1, 6);

        assertThat(words.exact()).isTrue();
        assertThat(words.totalText()).isEqualTo("4");
        assertThat(annotations.total()).isEqualTo(5);
        assertThat(annotations.exact()).isTrue();
    }
}
