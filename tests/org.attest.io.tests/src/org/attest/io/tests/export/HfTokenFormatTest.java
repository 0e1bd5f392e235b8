package org.attest.io.tests.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.attest.io.export.ConllFormat;
import org.attest.io.export.ExportFormat;
import org.attest.io.export.ExportReport;
import org.attest.io.export.HfTokenFormat;
import org.junit.jupiter.api.Test;

class HfTokenFormatTest extends ExportFormatContract {

    private static final JsonMapper JSON = new JsonMapper();

    @Override
    ExportFormat sut() {
        return new HfTokenFormat(List.of("PERSON", "ORGANIZATION", "GPE"));
    }

    @Test
    void theLabelsFileListsOThenBAndIPerLabel() throws Exception {
        sut().write(ExportFixture.sample(), dir, "train", new ExportReport());

        assertThat(Files.readString(dir.resolve("labels.json")))
                .isEqualTo(
                        "[\"O\",\"B-PERSON\",\"I-PERSON\",\"B-ORGANIZATION\",\"I-ORGANIZATION\",\"B-GPE\",\"I-GPE\"]\n");
    }

    @Test
    void integerTagsReadThroughTheLabelsFileAreTheCoNllTags() throws Exception {
        sut().write(ExportFixture.sample(), dir, "train", new ExportReport());
        new ConllFormat(false).write(ExportFixture.sample(), dir, "train", new ExportReport());

        JsonNode labels = JSON.readTree(dir.resolve("labels.json").toFile());
        List<String> fromHf = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("train.jsonl"))) {
            JsonNode row = JSON.readTree(line);
            ids.add(row.get("id").asText());
            assertThat(row.get("tokens")).hasSameSizeAs(row.get("ner_tags"));
            for (int i = 0; i < row.get("tokens").size(); i++) {
                fromHf.add(row.get("tokens").get(i).asText() + " _ _ "
                        + labels.get(row.get("ner_tags").get(i).asInt()).asText());
            }
        }
        List<String> fromConll = Files.readAllLines(dir.resolve("train.conll")).stream()
                .filter(l -> !l.isEmpty() && !l.startsWith("-DOCSTART-")).toList();
        assertThat(fromHf).isEqualTo(fromConll);
        assertThat(ids).containsExactly("d1#0", "d1#1", "d2#0", "d2#1");
    }

    @Test
    void aLabelMissingFromTheLabelListIsLeftOutNotTaggedO() throws Exception {
        ExportReport report = new ExportReport();

        new HfTokenFormat(List.of("PERSON")).write(ExportFixture.sample(), dir, "train", report);

        assertThat(report.leftOut().get("Entity/GPE"))
                .containsKey("label is not in labels.json (not in the schema's tagset)");
        assertThat(report.written()).containsOnlyKeys("Entity/PERSON");
    }
}
