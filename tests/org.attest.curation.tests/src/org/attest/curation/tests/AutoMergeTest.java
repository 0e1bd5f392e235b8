package org.attest.curation.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.curation.CurationService;
import org.attest.curation.CurationSession;
import org.attest.curation.DocumentStatus;
import org.attest.curation.MergePolicy;
import org.attest.curation.MergeReport;
import org.attest.curation.QueueItem;
import org.attest.diff.Position;
import org.attest.model.DecisionOrigin;
import org.attest.model.DocumentState;
import org.attest.model.GoldDecision;
import org.attest.model.GoldState;
import org.attest.model.Verdict;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusStore;
import org.attest.testing.Fixture;
import org.junit.jupiter.api.Test;

/** Auto-merge of a corpus: what each policy settles, what it leaves to reviewers, and whom it counts. */
class AutoMergeTest extends FloodCurationCase {

    @Test
    void unanimousMergeCopiesWhatBothAnnotatorsAgreeOnWithAllFeaturesAndRelations() throws Exception {
        MergeReport sut = corpus.merge(MergePolicy.UNANIMOUS);

        assertThat(sut.merged()).isEqualTo(5);
        assertThat(corpus.gold()).containsExactlyInAnyOrder("Entity Ana Kovačić PERSON",
                "Claim Up to 40 people are missing statistic",
                "Source Mayor Ana Kovačić person", "Cue said CUE", "Attribution Up to 40 people are missing null");
        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.READ, "test")) {
            CurationSession session = new CurationService(store).open("flood", "rita", false);
            Layers layers = new Layers(session.gold(), store.corpus().getSchema());
            AnnotationFS claim = layers.spans(DefaultSchema.CLAIM).get(0);
            assertThat(layers.value(claim, "value")).isEqualTo(40.0);
            assertThat(layers.value(claim, "unit")).isEqualTo("people missing");
            AnnotationFS attribution = layers.relations(DefaultSchema.ATTRIBUTION).get(0);
            assertThat(((AnnotationFS) layers.value(attribution, "cue")).getCoveredText()).isEqualTo("said");
            assertThat(((AnnotationFS) layers.value(attribution, "to")).getCAS()).isSameAs(session.gold());
            assertThat(store.goldState(FloodCuration.document(store))).isEqualTo(GoldState.IN_CURATION);
            // the gold starts from the text, sentences and tokens the annotators had
            assertThat(new Fixture(FloodCuration.TEXT).cas.getAnnotationIndex().size() - 1)
                    .isEqualTo(session.gold().getAnnotationIndex().size() - 1
                            - layers.countPerLayer().values().stream().mapToInt(Integer::intValue).sum());
            GoldDecision decision = session.decision(FloodCuration.span(DefaultSchema.ENTITY, "Ana Kovačić"))
                    .orElseThrow();
            assertThat(decision.getOrigin()).isEqualTo(DecisionOrigin.AUTO_MERGE);
            assertThat(decision.getRule()).isEqualTo("unanimous");
            assertThat(decision.getSupporters()).containsExactly("anna", "ben");
            assertThat(decision.getVerdict()).isEqualTo(Verdict.ACCEPTED);
            assertThat(decision.getValue()).isEqualTo("PERSON");
            assertThat(decision.getTime()).isNotNull();
        }
    }

    @Test
    void anUnsetValueAgainstZeroWaitsForAReviewerAndTwoUnsetValuesMergeUnset() throws Exception {
        for (String annotator : List.of("anna", "ben")) {
            try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.WRITE, "test")) {
                CAS cas = store.readCas(FloodCuration.document(store), annotator);
                Layers layers = new Layers(cas, store.corpus().getSchema());
                layers.addSpan(DefaultSchema.CLAIM, FloodCuration.at("Boats"), FloodCuration.at("came") + 4,
                        annotator.equals("ben")
                                ? Map.of("type", "event", "value", 0)
                                : Map.of("type", "event"));
                layers.addSpan(DefaultSchema.CLAIM, FloodCuration.at("the Lieva river"),
                        FloodCuration.at("overnight") + 9,
                        Map.of("type", "event"));
                store.writeCas(FloodCuration.document(store), annotator, cas);
            }
        }

        corpus.merge(MergePolicy.UNANIMOUS);

        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.READ, "test")) {
            CurationSession session = new CurationService(store).open("flood", "rita", false);
            Position boats = Position.span(DefaultSchema.CLAIM, FloodCuration.at("Boats"),
                    FloodCuration.at("came") + 4);
            QueueItem item = session.queue().stream().filter(i -> i.position().equals(boats)).findFirst().orElseThrow();
            assertThat(item.configurations()).extracting(c -> c.features().get("value") + c.annotators().toString())
                    .containsExactlyInAnyOrder("null[anna]", "0[ben]");
            Layers layers = new Layers(session.gold(), store.corpus().getSchema());
            AnnotationFS river = layers.spans(DefaultSchema.CLAIM).stream()
                    .filter(c -> c.getBegin() == FloodCuration.at("the Lieva river"))
                    .findFirst().orElseThrow();
            assertThat(layers.value(river, "value")).isNull();
        }
    }

    @Test
    void minOnePolicyMergesEverythingOnlyOneAnnotatorMarkedButNotATie() throws Exception {
        MergeReport sut = corpus.merge(MergePolicy.parse("min:1"));

        // PORT VESNA has one supporter and no rival; Lieva is a tie of one against one, so it waits for a reviewer.
        assertThat(sut.merged()).isEqualTo(6);
        assertThat(corpus.gold()).contains("Entity PORT VESNA GPE").doesNotContain("Entity Lieva LOCATION",
                "Entity Lieva ORGANIZATION");
    }

    @Test
    void rerunningAutoMergeNeverOverwritesAReviewerDecision() throws Exception {
        corpus.merge(MergePolicy.UNANIMOUS);
        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.WRITE, "test")) {
            CurationSession session = new CurationService(store).open("flood", "rita", false);
            session.edit(FloodCuration.span(DefaultSchema.ENTITY, "Ana Kovačić"), Map.of("type", "OTHER"),
                    "test override");
            session.save();
        }

        MergeReport sut = corpus.merge(MergePolicy.UNANIMOUS);

        assertThat(sut.merged()).isZero();
        assertThat(corpus.gold()).contains("Entity Ana Kovačić OTHER").doesNotContain("Entity Ana Kovačić PERSON");
    }

    @Test
    void onlyFinishedAnnotatorsCountUnlessAsked() throws Exception {
        annotateThird();
        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.READ, "test")) {
            CurationService sut = new CurationService(store);

            DocumentStatus finishedOnly = sut.status(false, m -> {
            }).get(0);
            DocumentStatus all = sut.status(true, m -> {
            }).get(0);

            assertThat(finishedOnly.annotators()).containsExactly("anna", "ben");
            assertThat(all.annotators()).containsExactly("anna", "ben", "carl");
            assertThat(finishedOnly.goldState()).isEqualTo(GoldState.NONE);
            assertThat(finishedOnly.agreed()).isEqualTo(5);
        }
    }

    private void annotateThird() throws Exception {
        corpus.annotate("carl", DocumentState.IN_PROGRESS, "LOCATION", false);
    }

    @Test
    void majorityWithThreeAnnotatorsMergesTwoAgainstOne() throws Exception {
        corpus.annotate("carl", DocumentState.FINISHED, "LOCATION", false);

        MergeReport sut = corpus.merge(MergePolicy.parse("majority"));

        // Lieva: anna and carl say LOCATION, ben ORGANIZATION; PORT VESNA: only ben of three.
        assertThat(corpus.gold()).contains("Entity Lieva LOCATION").doesNotContain("Entity PORT VESNA GPE");
        assertThat(sut.queued()).isEqualTo(1);
    }

    @Test
    void policiesParseAsWrittenAndRefuseOtherWords() {
        assertThat(MergePolicy.parse("min:2").rule()).isEqualTo("min:2");
        assertThat(MergePolicy.parse("Majority").kind()).isEqualTo(MergePolicy.Kind.MAJORITY);
        assertThatThrownBy(() -> MergePolicy.parse("most")).hasMessageContaining("use unanimous, majority or min:K");
        assertThatThrownBy(() -> MergePolicy.parse("min:0")).hasMessageContaining("min:K with K >= 1");
    }
}
