package org.attest.curation.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystemException;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.curation.CurationService;
import org.attest.curation.CurationSession;
import org.attest.curation.ItemStatus;
import org.attest.curation.MergePolicy;
import org.attest.curation.MergeReport;
import org.attest.curation.QueueItem;
import org.attest.diff.Position;
import org.attest.model.DecisionOrigin;
import org.attest.model.Document;
import org.attest.model.GoldDecision;
import org.attest.model.GoldState;
import org.attest.model.Verdict;
import org.attest.model.schema.DefaultSchema;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.fs.FaultSeam;
import org.junit.jupiter.api.Test;

/** A reviewer curating a merged document: the queue, decisions and their provenance, the hold, marking curated. */
class ReviewerCurationTest extends FloodCurationCase {

    @Test
    void theQueueHoldsExactlyThePositionsWhereTheAnnotatorsDiffer() throws Exception {
        corpus.merge(MergePolicy.UNANIMOUS);

        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.READ, "test")) {
            List<QueueItem> sut = new CurationService(store).open("flood", "rita", false).queue();

            assertThat(sut).extracting(QueueItem::position).containsExactly(Position.span(DefaultSchema.ENTITY, 0, 10),
                    FloodCuration.span(DefaultSchema.ENTITY, "Lieva"));
            assertThat(sut.get(0).missing()).containsExactly("anna");
            assertThat(sut.get(1).configurations()).extracting(c -> c.label() + c.annotators()).containsExactly(
                    "LOCATION[anna]",
                    "ORGANIZATION[ben]");
            assertThat(sut).allMatch(i -> i.status() == ItemStatus.OPEN);
        }
    }

    @Test
    void aReviewerSettlesTheQueueAndEveryDecisionIsRecordedWithItsProvenance() throws Exception {
        corpus.merge(MergePolicy.UNANIMOUS);
        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.WRITE, "test")) {
            CurationSession sut = new CurationService(store).open("flood", "rita", false);
            sut.take(FloodCuration.span(DefaultSchema.ENTITY, "Lieva"), "anna", "a river, not an organisation");
            sut.reject(Position.span(DefaultSchema.ENTITY, 0, 10), null);
            assertThat(sut.queue()).isEmpty();
            sut.save();
            sut.markCurated();
        }

        assertThat(corpus.gold()).contains("Entity Lieva LOCATION").doesNotContain("Entity PORT VESNA GPE");
        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.READ, "test")) {
            assertThat(store.goldState(FloodCuration.document(store))).isEqualTo(GoldState.CURATED);
            List<GoldDecision> decisions = new CurationService(store).decisions("flood");
            assertThat(decisions).hasSize(7);
            GoldDecision lieva = decisions.stream().filter(d -> d.getBegin() == FloodCuration.at("Lieva")).findFirst()
                    .orElseThrow();
            assertThat(lieva.getOrigin()).isEqualTo(DecisionOrigin.REVIEWER);
            assertThat(lieva.getReviewer()).isEqualTo("rita");
            assertThat(lieva.getSupporters()).containsExactly("anna");
            assertThat(lieva.getComment()).isEqualTo("a river, not an organisation");
            GoldDecision port = decisions.stream()
                    .filter(d -> d.getBegin() == 0 && d.getLayer().equals(DefaultSchema.ENTITY)).findFirst()
                    .orElseThrow();
            assertThat(port.getVerdict()).isEqualTo(Verdict.REJECTED);
            assertThat(port.getSupporters()).containsExactly("anna");
        }
    }

    @Test
    void whenAnAnnotatorChangesWorkOnlyTheAffectedPositionsReturnToTheQueue() throws Exception {
        corpus.merge(MergePolicy.UNANIMOUS);
        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.WRITE, "test")) {
            CurationSession session = new CurationService(store).open("flood", "rita", false);
            session.take(FloodCuration.span(DefaultSchema.ENTITY, "Lieva"), "anna", null);
            session.save();
        }
        // ben changes his mind about Lieva and about the mayor's entity type.
        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.WRITE, "test")) {
            Document document = FloodCuration.document(store);
            CAS cas = store.readCas(document, "ben");
            Layers layers = new Layers(cas, store.corpus().getSchema());
            for (AnnotationFS fs : layers.spans(DefaultSchema.ENTITY)) {
                if (fs.getCoveredText().equals("Lieva")) {
                    layers.set(fs, "type", "LOCATION");
                } else if (fs.getCoveredText().equals("Ana Kovačić")) {
                    layers.set(fs, "type", "OTHER");
                }
            }
            store.writeCas(document, "ben", cas);
        }

        MergeReport merged = corpus.merge(MergePolicy.UNANIMOUS);

        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.READ, "test")) {
            CurationSession sut = new CurationService(store).open("flood", "rita", false);
            // Lieva was decided by rita: kept, but shown as changed. Ana Kovačić was auto-merged: taken back, now open.
            assertThat(sut.item(FloodCuration.span(DefaultSchema.ENTITY, "Lieva")).status())
                    .isEqualTo(ItemStatus.CHANGED);
            assertThat(sut.item(FloodCuration.span(DefaultSchema.ENTITY, "Ana Kovačić")).status())
                    .isEqualTo(ItemStatus.OPEN);
            assertThat(sut.item(FloodCuration.span(DefaultSchema.CLAIM, "Up to 40 people are missing")).status())
                    .isEqualTo(ItemStatus.AUTO_MERGED);
            assertThat(sut.queue()).hasSize(3);
            assertThat(merged.merged()).isZero();
        }
        assertThat(corpus.gold()).contains("Entity Lieva LOCATION", "Source Mayor Ana Kovačić person")
                .noneMatch(s -> s.startsWith("Entity Ana"));
    }

    @Test
    void anotherReviewerCanLookButNotDecideUntilTheDocumentIsReleased() throws Exception {
        corpus.merge(MergePolicy.UNANIMOUS);
        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.WRITE, "test")) {
            CurationSession rita = new CurationService(store).open("flood", "rita", false);
            rita.reject(Position.span(DefaultSchema.ENTITY, 0, 10), null);
            rita.save();

            CurationSession sut = new CurationService(store).open("flood", "sam", false);

            assertThat(sut.lockedBy()).contains("rita");
            assertThatThrownBy(() -> sut.take(FloodCuration.span(DefaultSchema.ENTITY, "Lieva"), "ben", null))
                    .isInstanceOfSatisfying(CorpusException.class, e -> {
                        assertThat(e.remedy()).isEqualTo(CorpusException.Remedy.RELEASE_CURATION);
                        assertThat(e.document()).contains("flood");
                        assertThat(e.annotator()).contains("rita");
                    }).hasMessageContaining("'flood' is being curated by 'rita'")
                    .hasMessageNotContaining("attest curation");
            assertThat(new CurationService(store).release("flood")).isEqualTo("rita");
            CurationSession after = new CurationService(store).open("flood", "sam", false);
            after.take(FloodCuration.span(DefaultSchema.ENTITY, "Lieva"), "ben", null);
            assertThat(after.lockedBy()).isEmpty();
        }
    }

    @Test
    void markingCuratedIsRefusedWhilePositionsAreOpen() throws Exception {
        corpus.merge(MergePolicy.UNANIMOUS);
        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.WRITE, "test")) {
            CurationSession sut = new CurationService(store).open("flood", "rita", false);

            assertThatThrownBy(sut::markCurated).isInstanceOf(CorpusException.class)
                    .hasMessageContaining("still has 2 open item(s)");
            assertThat(store.goldState(FloodCuration.document(store))).isEqualTo(GoldState.IN_CURATION);
        }
    }

    @Test
    void aMarkCuratedTheDiskRefusesLeavesTheSessionInCurationAndHeldAsOnDisk() throws Exception {
        corpus.merge(MergePolicy.UNANIMOUS);
        try (CorpusStore store = CorpusStore.open(corpus.dir, CorpusStore.Mode.WRITE, "test")) {
            CurationSession sut = new CurationService(store).open("flood", "rita", false);
            sut.take(FloodCuration.span(DefaultSchema.ENTITY, "Lieva"), "anna", null);
            sut.reject(Position.span(DefaultSchema.ENTITY, 0, 10), null);
            sut.save();
            FaultSeam.install((call, path) -> {
                throw new FileSystemException(path.toString(), null, "No space left on device");
            });
            try {
                assertThatThrownBy(sut::markCurated).isInstanceOf(CorpusException.class)
                        .hasMessageContaining("No space left on device");
            } finally {
                FaultSeam.clear();
            }

            assertThat(sut.goldState()).isEqualTo(GoldState.IN_CURATION);
            assertThat(sut.status().reviewer()).isEqualTo("rita");
            assertThat(store.goldState(FloodCuration.document(store))).isEqualTo(GoldState.IN_CURATION);
            sut.markCurated();
            assertThat(store.goldState(FloodCuration.document(store))).isEqualTo(GoldState.CURATED);
        }
    }
}
