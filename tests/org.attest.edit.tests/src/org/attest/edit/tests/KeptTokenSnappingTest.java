package org.attest.edit.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.uima.cas.CAS;
import org.attest.edit.Span;
import org.attest.edit.TokenSnapper;
import org.attest.model.Document;
import org.attest.store.CorpusStore;
import org.attest.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptTokenSnappingTest {

    @TempDir
    Path tmp;

    private static String snapped(CAS cas, String inside) {
        String text = cas.getDocumentText();
        Span span = TokenSnapper.snap(cas, text.indexOf(inside), text.indexOf(inside) + inside.length());
        return text.substring(span.begin(), span.end());
    }

    @Test
    void aSelectionInsideAKeptTokenSnapsToTheWholeTokenForAnAnnotatorWhoStartsFresh() throws Exception {
        Path dir = TestCorpus.withTokenizedDocument(tmp, "anna");

        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Document d = store.corpus().getDocuments().get(0);
            CAS fresh = store.readCas(d, "ben");

            assertThat(snapped(fresh, "ro-st")).isEqualTo("Euro-style");
            assertThat(snapped(fresh, "Pau")).isEqualTo("São Paulo");
            assertThat(snapped(fresh, "200-s")).isEqualTo("1,200-strong");
            assertThat(snapped(store.casFactory().newCas(fresh.getDocumentText()), "ro-st"))
                    .as("the same selection where the text is segmented again").isEqualTo("Euro-style");
            assertThat(snapped(store.casFactory().newCas(fresh.getDocumentText()), "Pau"))
                    .as("segmenting again splits the kept token").isEqualTo("Paulo");
        }
    }
}
