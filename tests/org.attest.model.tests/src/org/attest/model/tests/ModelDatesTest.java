package org.attest.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;

import org.attest.model.CorpusFactory;
import org.attest.model.CurationRecord;
import org.attest.model.GoldDecision;
import org.attest.model.persist.CorpusModelFormat;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dates of model files read back as the instants written, and any other date text as EMF reads it. */
class ModelDatesTest {

    private static final List<String> ZONES = List.of("UTC", "Asia/Kolkata", "America/St_Johns", "Pacific/Kiritimati",
            "America/Los_Angeles", "Europe/Oslo");

    private final TimeZone before = TimeZone.getDefault();

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(before);
    }

    private static CurationRecord record(Date time) {
        CurationRecord record = CorpusFactory.eINSTANCE.createCurationRecord();
        record.setDocument("flood");
        GoldDecision decision = CorpusFactory.eINSTANCE.createGoldDecision();
        decision.setLayer("Entity");
        decision.setBegin(3);
        decision.setEnd(9);
        decision.setTime(time);
        record.getDecisions().add(decision);
        return record;
    }

    private static Date readBack(byte[] xmi) throws Exception {
        return CorpusModelFormat.readCurationRecord(xmi, "curation.xmi").getDecisions().get(0).getTime();
    }

    @Test
    void aDecisionTimeReadsBackAsTheInstantWrittenInEveryZone() throws Exception {
        Random random = new Random(23);
        for (String zone : ZONES) {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            for (int i = 0; i < 200; i++) {
                // from 1601 to 2400, and the instants around the epoch
                long millis = i < 20
                        ? (i - 10) * 997L
                        : -11_600_000_000_000L + (long) (random.nextDouble() * 25_000_000_000_000L);
                Date time = new Date(millis);

                Date sut = readBack(CorpusModelFormat.writeCurationRecord(record(time)));

                assertThat(sut).as("%s in %s", time.toInstant(), zone).isEqualTo(time);
            }
        }
    }

    @Test
    void anyDateTextReadsAsEmfReadsIt() throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Oslo"));
        String written = new String(CorpusModelFormat.writeCurationRecord(record(new Date(0))),
                StandardCharsets.UTF_8);
        String stamp = written.replaceAll("(?s).*time=\"([^\"]+)\".*", "$1");
        for (String other : List.of("2026-12-07T00:37:13", "2026-12-07", "2026-13-07T00:37:13.097+0000",
                "2026-12-07T25:37:13.097+0000", "1500-12-07T00:37:13.097+0000", " 2026-12-07T00:37:13.097+0000",
                "2026-12-07T00:37:13.097+0130", "2026-02-30T00:37:13.097-0800", "2026-12-07T00:37:13.097+0530",
                "1999-12-31T23:59:59.999-0800", "2026-06-30T12:00:00.000+1400", "1601-01-01T00:00:00.000+0000",
                "2026-12-07T00:37:13.097Z", "2026-12-07T00:37:13.O97+0000", "2026-12-07T00:37:13.097+00:00")) {
            byte[] xmi = written.replace("time=\"" + stamp + "\"", "time=\"" + other + "\"")
                    .getBytes(StandardCharsets.UTF_8);
            Object emf = EcoreFactory.eINSTANCE.createFromString(EcorePackage.Literals.EDATE, other);

            Date sut = readBack(xmi);

            assertThat(sut).as(other).isEqualTo(emf);
        }
    }
}
