package org.attest.io.tests.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.attest.io.export.ExportFormat;
import org.attest.io.export.ExportReport;
import org.attest.io.export.SpacyFormat;
import org.junit.jupiter.api.Test;

class SpacyFormatTest extends ExportFormatContract {

    @Override
    ExportFormat sut() {
        return new SpacyFormat();
    }

    @Test
    void writesEveryEntityByCharacterOffsetsOverlapsIncluded() throws Exception {
        ExportReport report = new ExportReport();

        sut().write(ExportFixture.sample(), dir, "train", report);

        assertThat(Files.readAllLines(dir.resolve("train.jsonl"))).containsExactly(
                "{\"meta\":{\"id\":\"d1\"},\"spans\":[{\"end\":9,\"label\":\"PERSON\",\"start\":0},{\"end\":22,\"label\":\"GPE\",\"start\":18},"
                        + "{\"end\":37,\"label\":\"ORGANIZATION\",\"start\":18}],\"text\":\"Anna Berg met the Oslo Port Authority. It said 40 people left.\"}",
                "{\"meta\":{\"id\":\"d2\"},\"spans\":[{\"end\":15,\"label\":\"PERSON\",\"start\":11},{\"end\":25,\"label\":\"GPE\",\"start\":21}],"
                        + "\"text\":\"Rain fell. Berg left Oslo.\"}");
        assertThat(report.leftOutTotals()).containsOnlyKeys("Claim/statistic", "Source/organization", "Cue/CUE",
                "Attribution");
    }
}
