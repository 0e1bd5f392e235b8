package org.attest.agreement.corpus.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.agreement.corpus.AgreementReport;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.AgreementService;
import org.attest.agreement.corpus.DocumentAgreement;
import org.attest.agreement.corpus.LayerAgreement;
import org.attest.agreement.corpus.NoAnnotation;
import org.attest.agreement.corpus.PairAgreement;
import org.attest.cas.CasFactory;
import org.attest.cas.Layers;
import org.attest.model.DocumentState;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;

class AgreementServiceTest {

    // 0 1 2 3 4 5
    // 012345678901234567890123456789012345678901234567890123456
    private static final String TEXT = "Mayor Ana Kovacic said up to 40 people are missing today.";
    private static final Schema SCHEMA = DefaultSchema.create();
    private static final CasFactory FACTORY = new CasFactory(SCHEMA);
    private final List<String> progress = new ArrayList<>();

    private static CAS entities(Object... beginEndLabel) {
        CAS cas = FACTORY.newCas(TEXT);
        for (int i = 0; i < beginEndLabel.length; i += 3) {
            new Layers(cas, SCHEMA).addSpan(DefaultSchema.ENTITY, (int) beginEndLabel[i], (int) beginEndLabel[i + 1],
                    Map.of("type", beginEndLabel[i + 2]));
        }
        return cas;
    }

    // anna: PERSON [0,5), PERSON [6,17), QUANTITY [29,38); ben: PERSON [0,5), ORGANIZATION [6,17).
    private MemoryInput twoAnnotators() {
        return new MemoryInput(SCHEMA)
                .add("d1", "anna", DocumentState.FINISHED,
                        entities(0, 5, "PERSON", 6, 17, "PERSON", 29, 38, "QUANTITY"))
                .add("d1", "ben", DocumentState.FINISHED, entities(0, 5, "PERSON", 6, 17, "ORGANIZATION"));
    }

    private LayerAgreement entityLayer(MemoryInput input, NoAnnotation noAnnotation) throws Exception {
        AgreementReport report = new AgreementService(input)
                .compute(new AgreementRequest(DefaultSchema.ENTITY, Set.of(), false, noAnnotation), progress::add);
        assertThat(report.layers()).hasSize(1);
        return report.layers().get(0);
    }

    @Test
    void diffPositionsAreTheUnitsAndNoAnnotationIsACategoryByDefault() throws Exception {
        LayerAgreement sut = entityLayer(twoAnnotators(), NoAnnotation.CATEGORY);

        // Units: PERSON/PERSON, PERSON/ORGANIZATION, QUANTITY/(no annotation): p_o = 1/3; only PERSON is shared,
        // anna 2/3 and ben 1/3 of the time, so p_e = 2/9 and kappa = (1/3 - 2/9) / (1 - 2/9) = 1/7.
        assertThat(sut.units()).isEqualTo(3);
        assertThat(sut.corpus().get(AgreementRequest.COHEN).value()).isCloseTo(1.0 / 7, within(1e-9));
        PairAgreement pair = sut.pairs().get(0);
        assertThat(pair.first()).isEqualTo("anna");
        assertThat(pair.confusion().count("QUANTITY", "(no annotation)")).isEqualTo(1);
        assertThat(pair.confusion().count("PERSON", "ORGANIZATION")).isEqualTo(1);
    }

    @Test
    void noAnnotationAsMissingComparesOnlyUnitsBothLabelled() throws Exception {
        LayerAgreement sut = entityLayer(twoAnnotators(), NoAnnotation.MISSING);

        // Units used: PERSON/PERSON and PERSON/ORGANIZATION: p_o = 1/2, p_e = (2*1)/4 = 1/2, so kappa = 0.
        assertThat(sut.corpus().get(AgreementRequest.COHEN).value()).isCloseTo(0, within(1e-9));
        assertThat(sut.corpus().get(AgreementRequest.COHEN).unitsUsed()).isEqualTo(2);
    }

    @Test
    void spanF1CountsMatchesPerPairAndLabel() throws Exception {
        LayerAgreement sut = entityLayer(twoAnnotators(), NoAnnotation.CATEGORY);

        // tp = PERSON [0,5); fn = anna's PERSON [6,17) and QUANTITY; fp = ben's ORGANIZATION: F1 = 2/(2+1+2) = 0.4.
        PairAgreement pair = sut.pairs().get(0);
        assertThat(pair.exact().truePositives()).isEqualTo(1);
        assertThat(pair.exact().falsePositives()).isEqualTo(1);
        assertThat(pair.exact().falseNegatives()).isEqualTo(2);
        assertThat(pair.exact().f1()).isCloseTo(0.4, within(1e-9));
        assertThat(pair.overlap().f1()).isCloseTo(0.4, within(1e-9));
        assertThat(sut.corpus().get(AgreementRequest.F1_EXACT).value()).isCloseTo(0.4, within(1e-9));
        assertThat(sut.labels()).extracting(l -> l.label()).containsExactly("ORGANIZATION", "PERSON", "QUANTITY");
        // PERSON: tp 1, fn 1 -> F1 = 2/3.
        assertThat(sut.labels().get(1).results().get(AgreementRequest.F1_EXACT).value()).isCloseTo(2.0 / 3,
                within(1e-9));
    }

    @Test
    void theDocumentFigureIsUnitizingAlphaAndPointsAtTheFirstDisagreement() throws Exception {
        LayerAgreement sut = entityLayer(twoAnnotators(), NoAnnotation.CATEGORY);

        DocumentAgreement document = sut.documents().get(0);
        assertThat(document.measure()).isEqualTo(AgreementRequest.UNITIZING);
        assertThat(document.value()).isLessThan(1);
        assertThat(document.positions()).isEqualTo(3);
        assertThat(document.agreed()).isEqualTo(1);
        assertThat(document.firstDisagreementBegin()).isEqualTo(6);
        assertThat(document.firstDisagreementEnd()).isEqualTo(17);
        assertThat(sut.corpus()).containsKeys(AgreementRequest.UNITIZING, AgreementRequest.ALPHA,
                AgreementRequest.FLEISS);
    }

    @Test
    void documentsAreSortedLowestAgreementFirst() throws Exception {
        MemoryInput input = twoAnnotators()
                .add("d0", "anna", DocumentState.FINISHED, entities(6, 17, "PERSON"))
                .add("d0", "ben", DocumentState.FINISHED, entities(6, 17, "PERSON"));

        LayerAgreement sut = entityLayer(input, NoAnnotation.CATEGORY);

        assertThat(sut.documents()).extracting(DocumentAgreement::document).containsExactly("d1", "d0");
        assertThat(sut.documents().get(1).value()).isEqualTo(1.0);
        assertThat(sut.documents().get(1).firstDisagreementBegin()).isEqualTo(-1);
    }

    @Test
    void onlyFinishedWorkCountsUnlessInProgressIsIncluded() throws Exception {
        MemoryInput input = twoAnnotators()
                .add("d2", "anna", DocumentState.FINISHED, entities(6, 17, "PERSON"))
                .add("d2", "ben", DocumentState.IN_PROGRESS, entities(6, 17, "PERSON"))
                .add("d3", "anna", DocumentState.NEW, entities())
                .add("d3", "ben", DocumentState.IN_PROGRESS, entities());
        AgreementService sut = new AgreementService(input);

        AgreementReport finished = sut.compute(AgreementRequest.defaults(), progress::add);
        AgreementReport inProgress = sut.compute(new AgreementRequest(null, Set.of(), true, NoAnnotation.CATEGORY),
                m -> {
                });

        assertThat(finished.documentsCounted()).isEqualTo(1);
        assertThat(finished.skipped()).extracting(AgreementReport.SkippedDocument::document).containsExactly("d2",
                "d3");
        assertThat(finished.skipped().get(0).reason()).contains("only anna")
                .contains("work in progress was not counted");
        assertThat(inProgress.documentsCounted()).isEqualTo(2);
        assertThat(inProgress.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("only ben"));
        assertThat(progress).hasSize(3).first().asString().contains("1 of 3");
    }

    @Test
    void anUnsetClaimValueIsADisagreementWithZeroAndAnAgreementWithAnotherUnsetValue() throws Exception {
        assertThat(claimDocument(null, 0).agreed()).isZero();
        assertThat(claimDocument(null, 0).firstDisagreementBegin()).isEqualTo(23);
        assertThat(claimDocument(null, null).agreed()).isEqualTo(1);
        assertThat(claimDocument(null, null).firstDisagreementBegin()).isEqualTo(-1);
    }

    // anna's and ben's claim over the same words with the same label, each with the value given or none (null)
    private DocumentAgreement claimDocument(Integer anna, Integer ben) throws Exception {
        MemoryInput input = new MemoryInput(SCHEMA);
        for (String annotator : List.of("anna", "ben")) {
            Integer value = annotator.equals("anna") ? anna : ben;
            CAS cas = FACTORY.newCas(TEXT);
            new Layers(cas, SCHEMA).addSpan(DefaultSchema.CLAIM, 23, 38,
                    value == null ? Map.of("type", "statistic") : Map.of("type", "statistic", "value", value));
            input.add("d1", annotator, DocumentState.FINISHED, cas);
        }
        AgreementReport report = new AgreementService(input)
                .compute(new AgreementRequest(DefaultSchema.CLAIM, Set.of(), false, NoAnnotation.CATEGORY), m -> {
                });
        return report.layers().get(0).documents().get(0);
    }

    @Test
    void relationLayersCompareEndpointsWithExactF1Only() throws Exception {
        MemoryInput input = new MemoryInput(SCHEMA);
        for (String annotator : List.of("anna", "ben")) {
            CAS cas = FACTORY.newCas(TEXT);
            Layers layers = new Layers(cas, SCHEMA);
            AnnotationFS claim = layers.addSpan(DefaultSchema.CLAIM, 23, 50, Map.of("type", "statistic"));
            AnnotationFS source = layers.addSpan(DefaultSchema.SOURCE, annotator.equals("anna") ? 6 : 0, 17,
                    Map.of("type", "person"));
            layers.addRelation(DefaultSchema.ATTRIBUTION, claim, source, Map.of());
            input.add("d1", annotator, DocumentState.FINISHED, cas);
        }

        AgreementReport report = new AgreementService(input)
                .compute(new AgreementRequest(DefaultSchema.ATTRIBUTION, Set.of(), false, NoAnnotation.CATEGORY), m -> {
                });

        LayerAgreement sut = report.layers().get(0);
        assertThat(sut.relation()).isTrue();
        assertThat(sut.units()).isEqualTo(2);
        assertThat(sut.corpus()).doesNotContainKeys(AgreementRequest.UNITIZING, AgreementRequest.F1_OVERLAP);
        assertThat(sut.corpus().get(AgreementRequest.F1_EXACT).value()).isZero();
        assertThat(sut.documents().get(0).measure()).isEqualTo(AgreementRequest.F1_EXACT);
        assertThat(sut.documents().get(0).firstDisagreementBegin()).isEqualTo(23);
    }

    @Test
    void anAnnotatorWhoDidNotCountInADocumentIsMissingThereNotSilent() throws Exception {
        MemoryInput input = twoAnnotators()
                .add("d1", "carl", DocumentState.IN_PROGRESS, entities(0, 5, "GPE"))
                .add("d2", "anna", DocumentState.FINISHED, entities(0, 5, "PERSON"))
                .add("d2", "carl", DocumentState.FINISHED, entities(0, 5, "PERSON"));

        LayerAgreement sut = entityLayer(input, NoAnnotation.CATEGORY);

        assertThat(sut.pairs()).extracting(p -> p.first() + "-" + p.second()).containsExactly("anna-ben", "anna-carl",
                "ben-carl");
        PairAgreement annaCarl = sut.pairs().get(1);
        assertThat(annaCarl.confusion().total()).isEqualTo(1);
        assertThat(annaCarl.exact().truePositives()).isEqualTo(1);
        assertThat(sut.pairs().get(2).confusion().total()).isZero();
    }

    @Test
    void onlyRequestedMeasuresAreComputedAndUnknownOnesAreRefused() throws Exception {
        AgreementReport report = new AgreementService(twoAnnotators())
                .compute(new AgreementRequest(DefaultSchema.ENTITY, Set.of("alpha"), false, NoAnnotation.CATEGORY),
                        m -> {
                        });

        assertThat(report.layers().get(0).corpus()).containsOnlyKeys("alpha");
        assertThatThrownBy(() -> new AgreementRequest(null, Set.of("kappa"), false, NoAnnotation.CATEGORY))
                .hasMessageContaining("kappa").hasMessageContaining("cohen");
        assertThatThrownBy(() -> new AgreementService(twoAnnotators())
                .compute(new AgreementRequest("Sentiment", Set.of(), false, NoAnnotation.CATEGORY), m -> {
                }))
                .hasMessageContaining("Sentiment").hasMessageContaining("Entity");
    }
}
