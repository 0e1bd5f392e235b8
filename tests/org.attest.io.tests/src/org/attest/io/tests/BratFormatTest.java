package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.attest.io.ArticleReaders;
import org.attest.io.BratStandoff;
import org.attest.io.export.BratFormat;
import org.attest.io.export.ExportFormat;
import org.junit.jupiter.api.Test;

/** Brat standoff export and import: the round-trip contract plus brat's code point offsets, fragments and escaping. */
class BratFormatTest extends ExportFormatRoundTripContract {

    @Override
    ExportFormat sut() {
        return new BratFormat(SCHEMA);
    }

    @Test
    void offsetsAfterAnEmojiCountCodePointsAsBratDoes() throws Exception {
        export(List.of(document()), dir);

        String ann = Files.readString(dir.resolve("kovacic-1.ann"), StandardCharsets.UTF_8);

        int said = TEXT.indexOf("said") - 1;
        assertThat(ann).contains("\tCue-CUE " + said + " " + (said + 4) + "\tsaid\n");
    }

    @Test
    void aSpanOverALineBreakBecomesOneFragmentPerLine() throws Exception {
        export(List.of(document()), dir);

        String ann = Files.readString(dir.resolve("kovacic-1.ann"), StandardCharsets.UTF_8);

        int died = TEXT.indexOf("died.") - 1;
        assertThat(ann).contains("\tClaim-event " + died + " " + (died + 5) + ";" + (died + 6) + " " + (died + 16)
                + "\tdied. The agency\n");
    }

    @Test
    void labelsAndFeaturesAreEscapedAttributesAndTheCueALinkRelation() throws Exception {
        export(List.of(document()), dir);

        String ann = Files.readString(dir.resolve("kovacic-1.ann"), StandardCharsets.UTF_8);

        assertThat(ann).contains("\tSource-news_agency ").contains(" up_to\n").contains(" people_killed%5F50%25\n")
                .contains(" 100\n")
                .containsPattern("R\\d+\tAttribution Arg1:T\\d+ Arg2:T\\d+\nR\\d+\tAttribution-cue ");
        assertThat(Files.readString(dir.resolve("annotation.conf"))).contains("[entities]\nEntity\nEntity-PERSON\n")
                .contains("Attribution-cue\tArg1:Claim|").contains("qualifier\tArg:Claim|");
    }

    @Test
    void escapingIsReversedExactly() {
        String value = "up to 5_000% - a:b;c|d,e=f\tg\nh Kova\u010di\u0107 \uD83D\uDE00";

        assertThat(BratStandoff.escape(value)).doesNotContainPattern("[\\s:;|,=-]");
        assertThat(BratStandoff.unescape(BratStandoff.escape(value))).isEqualTo(value);
    }

    @Test
    void aFolderImportReadsTheTextOfAnAnnFileOnlyOnce() throws Exception {
        export(List.of(document()), dir);

        assertThat(new ArticleReaders(SCHEMA).expand(List.of(dir))).extracting(p -> p.getFileName().toString())
                .containsExactly("kovacic-1.ann");
    }
}
