package org.attest.curation.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attest.curation.ImportedDecisions;
import org.attest.diff.Configuration;
import org.attest.diff.Position;
import org.attest.model.CorpusFactory;
import org.attest.model.CurationRecord;
import org.attest.model.DecisionOrigin;
import org.attest.model.GoldDecision;
import org.attest.model.Verdict;
import org.junit.jupiter.api.Test;

class ImportedDecisionsTest {

    private static final Date TIME = new Date(1_700_000_000_000L);

    private final CurationRecord record = CorpusFactory.eINSTANCE.createCurationRecord();

    private final ImportedDecisions sut = new ImportedDecisions(record, "INCEpTION", "imported from INCEpTION", TIME);

    private static Configuration configuration(String label, String... annotators) {
        return new Configuration(label, new TreeMap<>(), new TreeSet<>(List.of(annotators)));
    }

    private static final Position PETER = Position.span("Entity", 0, 5);

    @Test
    void anAcceptedDecisionIsWrittenAsTheCurationWritesAReviewersWithTheGivenTimeAndComment() {
        GoldDecision decision = sut.accepted(PETER, configuration("PERSON", "gold"),
                List.of(configuration("PERSON", "anna", "ben"), configuration("ORGANIZATION", "carl")));

        assertThat(record.getDecisions()).containsExactly(decision);
        assertThat(decision.getVerdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(decision.getOrigin()).isEqualTo(DecisionOrigin.REVIEWER);
        assertThat(decision.getValue()).isEqualTo("PERSON");
        assertThat(decision.getSupporters()).containsExactly("anna", "ben");
        assertThat(decision.getBasis()).isEqualTo("ORGANIZATION=carl | PERSON=anna,ben");
        assertThat(decision.getReviewer()).isEqualTo("INCEpTION");
        assertThat(decision.getComment()).isEqualTo("imported from INCEpTION");
        assertThat(decision.getTime()).isEqualTo(TIME);
        assertThat(List.of(decision.getLayer(), decision.getBegin(), decision.getEnd())).containsExactly("Entity", 0,
                5);
    }

    @Test
    void importedDecisionsLeaveTheHoldOfTheRecordAsItWas() {
        sut.accepted(PETER, configuration("PERSON", "gold"), List.of());

        assertThat(record.getReviewer()).isNull();
        assertThat(record.getDecisions()).singleElement().satisfies(d -> {
            assertThat(d.getSupporters()).isEmpty();
            assertThat(d.getBasis()).isEmpty();
        });
    }
}
