package org.attest.curation.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.store.CorpusException;
import org.attest.curation.CurationService;
import org.attest.curation.CurationSession;
import org.attest.curation.DocumentStatus;
import org.attest.curation.ItemStatus;
import org.attest.curation.MergePolicy;
import org.attest.curation.MergeReport;
import org.attest.curation.MergeRequest;
import org.attest.curation.QueueItem;
import org.attest.testing.Fixture;
import org.attest.testing.TestCorpus;
import org.attest.store.fs.FaultSeam;
import org.attest.store.CorpusStore;
import org.attest.diff.Position;
import org.attest.model.DecisionOrigin;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.GoldDecision;
import org.attest.model.GoldState;
import org.attest.model.Verdict;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurationServiceTest {

    private static final String TEXT = Fixture.TEXT;

    @TempDir
    Path tmp;

    private Path dir;

    private static int at(String words) {
        return TEXT.indexOf(words);
    }

    private static Position span(String layer, String words) {
        return Position.span(layer, at(words), at(words) + words.length());
    }

    /**
     * anna and ben both mark Ana Kovačić as PERSON, the claim "Up to 40 people are missing" (statistic, 40), its source
     * "Mayor Ana Kovačić", the cue "said" and the attribution. They differ on "Lieva" (anna LOCATION, ben ORGANIZATION),
     * and only ben marks "PORT VESNA".
     */
    @BeforeEach
    void twoAnnotatorsFinishedTheDocument() throws Exception {
        dir = TestCorpus.withOneDocument(tmp);
        annotate("anna", DocumentState.FINISHED, "LOCATION", false);
        annotate("ben", DocumentState.FINISHED, "ORGANIZATION", true);
    }

    private void annotate(String annotator, DocumentState state, String lievaType, boolean portVesna) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document document = document(store);
            CAS cas = store.readCas(document, annotator);
            Layers layers = new Layers(cas, store.corpus().getSchema());
            layers.addSpan(DefaultSchema.ENTITY, at("Ana Kovačić"), at("Ana Kovačić") + 11, Map.of("type", "PERSON"));
            layers.addSpan(DefaultSchema.ENTITY, at("Lieva"), at("Lieva") + 5, Map.of("type", lievaType));
            if (portVesna) {
                layers.addSpan(DefaultSchema.ENTITY, 0, 10, Map.of("type", "GPE"));
            }
            AnnotationFS claim = layers.addSpan(DefaultSchema.CLAIM, at("Up to"), at("missing") + 7,
                    Map.of("type", "statistic", "value", 40.0, "qualifier", "up to", "unit", "people missing"));
            AnnotationFS source = layers.addSpan(DefaultSchema.SOURCE, at("Mayor"), at("Kovačić") + 7, Map.of("type", "person"));
            AnnotationFS cue = layers.addSpan(DefaultSchema.CUE, at("said"), at("said") + 4, Map.of("type", "CUE"));
            layers.addRelation(DefaultSchema.ATTRIBUTION, claim, source, Map.of("cue", cue));
            store.writeCas(document, annotator, cas);
            store.setState(document, store.ensureAnnotator(annotator), state);
            store.saveModel();
        }
    }

    private static Document document(CorpusStore store) {
        return store.corpus().getDocuments().get(0);
    }

    private MergeReport merge(MergePolicy policy) throws CorpusException {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            return new CurationService(store).merge(new MergeRequest(policy, false), m -> { });
        }
    }

    private List<String> gold() throws CorpusException {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            CAS gold = new CurationService(store).open("flood", "reader", false).gold();
            Layers layers = new Layers(gold, store.corpus().getSchema());
            return store.corpus().getSchema().getLayers().stream().flatMap(l -> {
                List<AnnotationFS> found = l instanceof org.attest.model.RelationLayer ? layers.relations(l.getName()) : layers.spans(l.getName());
                return found.stream().map(fs -> l.getName() + " " + fs.getCoveredText() + " " + layers.label(fs));
            }).toList();
        }
    }

    @Test
    void unanimousMergeCopiesWhatBothAnnotatorsAgreeOnWithAllFeaturesAndRelations() throws Exception {
        MergeReport sut = merge(MergePolicy.UNANIMOUS);

        assertThat(sut.merged()).isEqualTo(5);
        assertThat(gold()).containsExactlyInAnyOrder("Entity Ana Kovačić PERSON", "Claim Up to 40 people are missing statistic",
                "Source Mayor Ana Kovačić person", "Cue said CUE", "Attribution Up to 40 people are missing null");
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            CurationSession session = new CurationService(store).open("flood", "rita", false);
            Layers layers = new Layers(session.gold(), store.corpus().getSchema());
            AnnotationFS claim = layers.spans(DefaultSchema.CLAIM).get(0);
            assertThat(layers.value(claim, "value")).isEqualTo(40.0);
            assertThat(layers.value(claim, "unit")).isEqualTo("people missing");
            AnnotationFS attribution = layers.relations(DefaultSchema.ATTRIBUTION).get(0);
            assertThat(((AnnotationFS) layers.value(attribution, "cue")).getCoveredText()).isEqualTo("said");
            assertThat(((AnnotationFS) layers.value(attribution, "to")).getCAS()).isSameAs(session.gold());
            assertThat(store.goldState(document(store))).isEqualTo(GoldState.IN_CURATION);
            // the gold starts from the text, sentences and tokens the annotators had
            assertThat(new org.attest.testing.Fixture(TEXT).cas.getAnnotationIndex().size() - 1)
                    .isEqualTo(session.gold().getAnnotationIndex().size() - 1 - layers.countPerLayer().values().stream().mapToInt(Integer::intValue).sum());
            GoldDecision decision = session.decision(span(DefaultSchema.ENTITY, "Ana Kovačić")).orElseThrow();
            assertThat(decision.getOrigin()).isEqualTo(DecisionOrigin.AUTO_MERGE);
            assertThat(decision.getRule()).isEqualTo("unanimous");
            assertThat(decision.getSupporters()).containsExactly("anna", "ben");
            assertThat(decision.getVerdict()).isEqualTo(Verdict.ACCEPTED);
            assertThat(decision.getValue()).isEqualTo("PERSON");
            assertThat(decision.getTime()).isNotNull();
        }
    }

    @Test
    void theQueueHoldsExactlyThePositionsWhereTheAnnotatorsDiffer() throws Exception {
        merge(MergePolicy.UNANIMOUS);

        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            List<QueueItem> sut = new CurationService(store).open("flood", "rita", false).queue();

            assertThat(sut).extracting(QueueItem::position).containsExactly(Position.span(DefaultSchema.ENTITY, 0, 10),
                    span(DefaultSchema.ENTITY, "Lieva"));
            assertThat(sut.get(0).missing()).containsExactly("anna");
            assertThat(sut.get(1).configurations()).extracting(c -> c.label() + c.annotators()).containsExactly("LOCATION[anna]",
                    "ORGANIZATION[ben]");
            assertThat(sut).allMatch(i -> i.status() == ItemStatus.OPEN);
        }
    }

    @Test
    void anUnsetValueAgainstZeroWaitsForAReviewerAndTwoUnsetValuesMergeUnset() throws Exception {
        for (String annotator : List.of("anna", "ben")) {
            try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
                CAS cas = store.readCas(document(store), annotator);
                Layers layers = new Layers(cas, store.corpus().getSchema());
                layers.addSpan(DefaultSchema.CLAIM, at("Boats"), at("came") + 4, annotator.equals("ben")
                        ? Map.of("type", "event", "value", 0) : Map.of("type", "event"));
                layers.addSpan(DefaultSchema.CLAIM, at("the Lieva river"), at("overnight") + 9, Map.of("type", "event"));
                store.writeCas(document(store), annotator, cas);
            }
        }

        merge(MergePolicy.UNANIMOUS);

        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            CurationSession session = new CurationService(store).open("flood", "rita", false);
            Position boats = Position.span(DefaultSchema.CLAIM, at("Boats"), at("came") + 4);
            QueueItem item = session.queue().stream().filter(i -> i.position().equals(boats)).findFirst().orElseThrow();
            assertThat(item.configurations()).extracting(c -> c.features().get("value") + c.annotators().toString())
                    .containsExactlyInAnyOrder("null[anna]", "0[ben]");
            Layers layers = new Layers(session.gold(), store.corpus().getSchema());
            AnnotationFS river = layers.spans(DefaultSchema.CLAIM).stream().filter(c -> c.getBegin() == at("the Lieva river"))
                    .findFirst().orElseThrow();
            assertThat(layers.value(river, "value")).isNull();
        }
    }

    @Test
    void minOnePolicyMergesEverythingOnlyOneAnnotatorMarkedButNotATie() throws Exception {
        MergeReport sut = merge(MergePolicy.parse("min:1"));

        // PORT VESNA has one supporter and no rival; Lieva is a tie of one against one, so it waits for a reviewer.
        assertThat(sut.merged()).isEqualTo(6);
        assertThat(gold()).contains("Entity PORT VESNA GPE").doesNotContain("Entity Lieva LOCATION", "Entity Lieva ORGANIZATION");
    }

    @Test
    void aReviewerSettlesTheQueueAndEveryDecisionIsRecordedWithItsProvenance() throws Exception {
        merge(MergePolicy.UNANIMOUS);
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            CurationSession sut = new CurationService(store).open("flood", "rita", false);
            sut.take(span(DefaultSchema.ENTITY, "Lieva"), "anna", "a river, not an organisation");
            sut.reject(Position.span(DefaultSchema.ENTITY, 0, 10), null);
            assertThat(sut.queue()).isEmpty();
            sut.save();
            sut.markCurated();
        }

        assertThat(gold()).contains("Entity Lieva LOCATION").doesNotContain("Entity PORT VESNA GPE");
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            assertThat(store.goldState(document(store))).isEqualTo(GoldState.CURATED);
            List<GoldDecision> decisions = new CurationService(store).decisions("flood");
            assertThat(decisions).hasSize(7);
            GoldDecision lieva = decisions.stream().filter(d -> d.getBegin() == at("Lieva")).findFirst().orElseThrow();
            assertThat(lieva.getOrigin()).isEqualTo(DecisionOrigin.REVIEWER);
            assertThat(lieva.getReviewer()).isEqualTo("rita");
            assertThat(lieva.getSupporters()).containsExactly("anna");
            assertThat(lieva.getComment()).isEqualTo("a river, not an organisation");
            GoldDecision port = decisions.stream().filter(d -> d.getBegin() == 0 && d.getLayer().equals(DefaultSchema.ENTITY)).findFirst().orElseThrow();
            assertThat(port.getVerdict()).isEqualTo(Verdict.REJECTED);
            assertThat(port.getSupporters()).containsExactly("anna");
        }
    }

    @Test
    void rerunningAutoMergeNeverOverwritesAReviewerDecision() throws Exception {
        merge(MergePolicy.UNANIMOUS);
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            CurationSession session = new CurationService(store).open("flood", "rita", false);
            session.edit(span(DefaultSchema.ENTITY, "Ana Kovačić"), Map.of("type", "OTHER"), "test override");
            session.save();
        }

        MergeReport sut = merge(MergePolicy.UNANIMOUS);

        assertThat(sut.merged()).isZero();
        assertThat(gold()).contains("Entity Ana Kovačić OTHER").doesNotContain("Entity Ana Kovačić PERSON");
    }

    @Test
    void whenAnAnnotatorChangesWorkOnlyTheAffectedPositionsReturnToTheQueue() throws Exception {
        merge(MergePolicy.UNANIMOUS);
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            CurationSession session = new CurationService(store).open("flood", "rita", false);
            session.take(span(DefaultSchema.ENTITY, "Lieva"), "anna", null);
            session.save();
        }
        // ben changes his mind about Lieva and about the mayor's entity type.
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document document = document(store);
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

        MergeReport merged = merge(MergePolicy.UNANIMOUS);

        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            CurationSession sut = new CurationService(store).open("flood", "rita", false);
            // Lieva was decided by rita: kept, but shown as changed. Ana Kovačić was auto-merged: taken back, now open.
            assertThat(sut.item(span(DefaultSchema.ENTITY, "Lieva")).status()).isEqualTo(ItemStatus.CHANGED);
            assertThat(sut.item(span(DefaultSchema.ENTITY, "Ana Kovačić")).status()).isEqualTo(ItemStatus.OPEN);
            assertThat(sut.item(span(DefaultSchema.CLAIM, "Up to 40 people are missing")).status()).isEqualTo(ItemStatus.AUTO_MERGED);
            assertThat(sut.queue()).hasSize(3);
            assertThat(merged.merged()).isZero();
        }
        assertThat(gold()).contains("Entity Lieva LOCATION", "Source Mayor Ana Kovačić person").noneMatch(s -> s.startsWith("Entity Ana"));
    }

    @Test
    void anotherReviewerCanLookButNotDecideUntilTheDocumentIsReleased() throws Exception {
        merge(MergePolicy.UNANIMOUS);
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            CurationSession rita = new CurationService(store).open("flood", "rita", false);
            rita.reject(Position.span(DefaultSchema.ENTITY, 0, 10), null);
            rita.save();

            CurationSession sut = new CurationService(store).open("flood", "sam", false);

            assertThat(sut.lockedBy()).contains("rita");
            assertThatThrownBy(() -> sut.take(span(DefaultSchema.ENTITY, "Lieva"), "ben", null)).isInstanceOf(CorpusException.class)
                    .hasMessageContaining("'flood' is being curated by 'rita'").hasMessageContaining("release flood");
            assertThat(new CurationService(store).release("flood")).isEqualTo("rita");
            CurationSession after = new CurationService(store).open("flood", "sam", false);
            after.take(span(DefaultSchema.ENTITY, "Lieva"), "ben", null);
            assertThat(after.lockedBy()).isEmpty();
        }
    }

    @Test
    void markingCuratedIsRefusedWhilePositionsAreOpen() throws Exception {
        merge(MergePolicy.UNANIMOUS);
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            CurationSession sut = new CurationService(store).open("flood", "rita", false);

            assertThatThrownBy(sut::markCurated).isInstanceOf(CorpusException.class).hasMessageContaining("still has 2 open item(s)");
            assertThat(store.goldState(document(store))).isEqualTo(GoldState.IN_CURATION);
        }
    }

    @Test
    void aMarkCuratedTheDiskRefusesLeavesTheSessionInCurationAndHeldAsOnDisk() throws Exception {
        merge(MergePolicy.UNANIMOUS);
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            CurationSession sut = new CurationService(store).open("flood", "rita", false);
            sut.take(span(DefaultSchema.ENTITY, "Lieva"), "anna", null);
            sut.reject(Position.span(DefaultSchema.ENTITY, 0, 10), null);
            sut.save();
            FaultSeam.install((call, path) -> {
                throw new FileSystemException(path.toString(), null, "No space left on device");
            });
            try {
                assertThatThrownBy(sut::markCurated).isInstanceOf(CorpusException.class).hasMessageContaining("No space left on device");
            } finally {
                FaultSeam.clear();
            }

            assertThat(sut.goldState()).isEqualTo(GoldState.IN_CURATION);
            assertThat(sut.status().reviewer()).isEqualTo("rita");
            assertThat(store.goldState(document(store))).isEqualTo(GoldState.IN_CURATION);
            sut.markCurated();
            assertThat(store.goldState(document(store))).isEqualTo(GoldState.CURATED);
        }
    }

    @Test
    void onlyFinishedAnnotatorsCountUnlessAsked() throws Exception {
        annotateThird();
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            CurationService sut = new CurationService(store);

            DocumentStatus finishedOnly = sut.status(false, m -> { }).get(0);
            DocumentStatus all = sut.status(true, m -> { }).get(0);

            assertThat(finishedOnly.annotators()).containsExactly("anna", "ben");
            assertThat(all.annotators()).containsExactly("anna", "ben", "carl");
            assertThat(finishedOnly.goldState()).isEqualTo(GoldState.NONE);
            assertThat(finishedOnly.agreed()).isEqualTo(5);
        }
    }

    private void annotateThird() throws Exception {
        annotate("carl", DocumentState.IN_PROGRESS, "LOCATION", false);
    }

    @Test
    void majorityWithThreeAnnotatorsMergesTwoAgainstOne() throws Exception {
        annotate("carl", DocumentState.FINISHED, "LOCATION", false);

        MergeReport sut = merge(MergePolicy.parse("majority"));

        // Lieva: anna and carl say LOCATION, ben ORGANIZATION; PORT VESNA: only ben of three.
        assertThat(gold()).contains("Entity Lieva LOCATION").doesNotContain("Entity PORT VESNA GPE");
        assertThat(sut.queued()).isEqualTo(1);
    }

    @Test
    void aGoldFileThatDoesNotMatchItsRecordIsReportedNotSilentlyUsed() throws Exception {
        merge(MergePolicy.UNANIMOUS);
        Path goldFile = dir.resolve("documents/flood/gold.bcas");
        Path record = dir.resolve("documents/flood/curation.xmi");
        assertThat(record).exists();
        // a gold file from an interrupted save: valid, but not the one the record describes
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Files.write(goldFile, store.casFormat().write(store.readCas(document(store), "ben")));
        }

        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            assertThatThrownBy(() -> new CurationService(store).open("flood", "rita", false)).isInstanceOf(CorpusException.class)
                    .hasMessageContaining(goldFile.toString()).hasMessageContaining("is not the gold file").hasMessageContaining(record.toString());
            assertThat(new org.attest.validate.CorpusValidator(store).validate(m -> { }))
                    .anySatisfy(f -> assertThat(f.describe()).contains("is not the gold file"));
            org.attest.testing.GoldStates.set(store, document(store), GoldState.CURATED);
            assertThatThrownBy(() -> new org.attest.export.ExportService(store).export(new org.attest.export.ExportRequest("jsonl",
                    org.attest.export.ExportRequest.GOLD, List.of(100), 1, tmp.resolve("out")), m -> { }))
                    .isInstanceOf(CorpusException.class).hasMessageContaining("is not the gold file");
        }
    }

    @Test
    void aMalformedCurationRecordIsRefusedWithTheFileAndLine() throws Exception {
        merge(MergePolicy.UNANIMOUS);
        Path record = dir.resolve("documents/flood/curation.xmi");
        Files.writeString(record, Files.readString(record).replace("</attest:CurationRecord>", ""));

        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            assertThatThrownBy(() -> new CurationService(store).status(false, m -> { })).isInstanceOf(CorpusException.class)
                    .hasMessageContaining(record.toString());
        }
    }

    @Test
    void policiesParseAsWrittenAndRefuseOtherWords() {
        assertThat(MergePolicy.parse("min:2").rule()).isEqualTo("min:2");
        assertThat(MergePolicy.parse("Majority").kind()).isEqualTo(MergePolicy.Kind.MAJORITY);
        assertThatThrownBy(() -> MergePolicy.parse("most")).hasMessageContaining("use unanimous, majority or min:K");
        assertThatThrownBy(() -> MergePolicy.parse("min:0")).hasMessageContaining("min:K with K >= 1");
    }
}
