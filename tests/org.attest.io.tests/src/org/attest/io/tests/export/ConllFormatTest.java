package org.attest.io.tests.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attest.io.export.ConllFormat;
import org.attest.io.export.ExportDocument;
import org.attest.io.export.ExportFormat;
import org.attest.io.export.ExportReport;
import org.junit.jupiter.api.Test;

class ConllFormatTest extends ExportFormatContract {

    @Override
    ExportFormat sut() {
        return new ConllFormat(false);
    }

    @Test
    void writesTheFourCoNll2003ColumnsWithDocstartAndBlankLinesAndIob2Tags() throws Exception {
        ExportReport report = new ExportReport();

        sut().write(ExportFixture.sample(), dir, "train", report);

        assertThat(Files.readString(dir.resolve("train.conll"))).isEqualTo("""
                -DOCSTART- -X- -X- O

                Anna _ _ B-PERSON
                Berg _ _ I-PERSON
                met _ _ O
                the _ _ O
                Oslo _ _ B-ORGANIZATION
                Port _ _ I-ORGANIZATION
                Authority _ _ I-ORGANIZATION
                . _ _ O

                It _ _ O
                said _ _ O
                40 _ _ O
                people _ _ O
                left _ _ O
                . _ _ O

                -DOCSTART- -X- -X- O

                Rain _ _ O
                fell _ _ O
                . _ _ O

                Berg _ _ B-PERSON
                left _ _ O
                Oslo _ _ B-GPE
                . _ _ O

                """);
    }

    @Test
    void tokensBeyondAsciiAreWrittenAsUtf8AndSpacesInsideATokenBecomeUnderscores() throws Exception {
        String text = "Zoë saw 🌊 in 東京 \uD800 near Port\u00A0Vesna, Tromsø.";
        List<String> words = List.of("Zoë", "saw", "🌊", "in", "東京", "\uD800", "Port\u00A0Vesna", ",", "Tromsø", ".");
        List<int[]> tokens = new ArrayList<>();
        int from = 0;
        for (String word : words) {
            int begin = text.indexOf(word, from);
            tokens.add(new int[]{begin, begin + word.length()});
            from = begin + word.length();
        }
        ExportDocument doc = new ExportDocument("d", Map.of(), text, List.<int[]>of(new int[]{0, text.length()}),
                tokens, List.of(), List.of());

        sut().write(List.of(doc), dir, "train", new ExportReport());

        StringBuilder expected = new StringBuilder("-DOCSTART- -X- -X- O\n\n");
        for (String word : words) {
            expected.append(word.replace('\u00A0', '_')).append(" _ _ O\n");
        }
        expected.append('\n');
        assertThat(Files.readAllBytes(dir.resolve("train.conll")))
                .isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(dir.resolve("train.conll"), StandardCharsets.UTF_8)).contains("Zoë _ _ O",
                "🌊 _ _ O", "東京 _ _ O",
                "? _ _ O", "Port_Vesna _ _ O", "Tromsø _ _ O");
    }

    @Test
    void everyTokenLineHasFourColumnsAndAnIob2Tag() throws Exception {
        sut().write(ExportFixture.sample(), dir, "train", new ExportReport());

        List<String> lines = Files.readAllLines(dir.resolve("train.conll"));
        assertThat(lines).filteredOn(l -> !l.isEmpty()).allSatisfy(l -> assertThat(l.split(" ")).hasSize(4))
                .allSatisfy(l -> assertThat(l).matches(".* (O|[BI]-[A-Z]+)"));
    }

    @Test
    void writesBioesTagsUnderItsOwnName() throws Exception {
        ConllFormat bioes = new ConllFormat(true);

        bioes.write(ExportFixture.sample(), dir, "train", new ExportReport());

        assertThat(bioes.name()).isEqualTo("conll-bioes");
        assertThat(Files.readAllLines(dir.resolve("train.conll"))).contains("Anna _ _ B-PERSON", "Berg _ _ E-PERSON",
                "Oslo _ _ B-ORGANIZATION", "Port _ _ I-ORGANIZATION", "Authority _ _ E-ORGANIZATION",
                "Berg _ _ S-PERSON", "Oslo _ _ S-GPE");
    }

    @Test
    void overlappingEntitiesKeepTheLongestAndCountTheOthersAsLeftOut() throws Exception {
        ExportReport report = new ExportReport();

        sut().write(ExportFixture.sample(), dir, "train", report);

        assertThat(report.written()).containsEntry("Entity/ORGANIZATION", 1).containsEntry("Entity/PERSON", 2)
                .containsEntry("Entity/GPE", 1);
        assertThat(report.leftOut().get("Entity/GPE"))
                .containsOnlyKeys("overlaps a longer Entity span (policy: longest first)")
                .containsValue(1);
        assertThat(report.leftOutTotals()).containsEntry("Claim/statistic", 1).containsEntry("Source/organization", 1)
                .containsEntry("Cue/CUE", 1).containsEntry("Attribution", 1);
    }

    @Test
    void anEntityThatCoversNoTokenIsLeftOutWithTheReason() throws Exception {
        ExportReport report = new ExportReport();
        var doc = ExportFixture.doc("d", "A B.").span("Entity", " ", "OTHER").build();

        sut().write(List.of(doc), dir, "train", report);

        assertThat(report.leftOut().get("Entity/OTHER")).containsEntry("covers no token", 1);
    }
}
