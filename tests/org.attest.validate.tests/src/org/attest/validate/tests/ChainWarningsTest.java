package org.attest.validate.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.testing.ClaimsCorpus.claim;

import java.nio.file.Path;
import java.util.List;

import org.attest.claims.ChainProblem;
import org.attest.testing.ClaimsCorpus;
import org.attest.validate.ChainWarning;
import org.attest.validate.CorpusValidator;
import org.attest.validate.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainWarningsTest {

    static final String TEXT = "Up to 100 people died, Reuters said, citing AFP, which cited Reuters.";
    static final String QUOTING = "Up to 100 people died, Reuters said, quoting a Reuters reporter.";

    @TempDir
    Path tmp;

    @Test
    void thatChainProblemsAreWarningsPerDocumentAndAnnotatorAndTheGoldNotFindings() throws Exception {
        try (ClaimsCorpus corpus = ClaimsCorpus.create(tmp.resolve("c"))) {
            corpus.document("herald", "2024-05-03", TEXT, "kari");
            corpus.document("herald2", "2024-05-03", QUOTING, "gold");
            corpus.annotate("herald", "kari", chains -> {
                var claim = chains.claim("Up to 100 people died");
                var reuters = chains.source("Reuters", "news agency", null);
                var afp = chains.source("AFP", "news agency", null);
                chains.attribute(claim, reuters).via(reuters, afp).via(afp, reuters);
            });
            corpus.annotate("herald2", "gold", chains -> {
                var claim = chains.claim("Up to 100 people died");
                var reuters = chains.source("Reuters", "news agency", null);
                chains.attribute(claim, reuters).via(reuters, chains.source("Reuters", "person", null));
                chains.claim("people died");
            });
            CorpusValidator sut = new CorpusValidator(corpus.store());

            List<Finding> findings = sut.validate(m -> {
            });

            assertThat(findings).isEmpty();
            assertThat(sut.warnings()).extracting(ChainWarning::document, ChainWarning::annotator,
                    w -> w.problem().kind()).containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("herald", "kari", ChainProblem.Kind.VIA_CYCLE),
                            org.assertj.core.groups.Tuple.tuple("herald2", null,
                                    ChainProblem.Kind.CONTRADICTING_TYPES),
                            org.assertj.core.groups.Tuple.tuple("herald2", null, ChainProblem.Kind.NO_ATTRIBUTION));
            assertThat(sut.warnings().get(0).describe()).startsWith(
                    corpus.store().layout().cas("herald", "kari") + ": warning: in document 'herald' by kari, ")
                    .contains("'Reuters' [23,30) -> 'AFP' [44,47)");
            assertThat(sut.warnings()).filteredOn(w -> w.annotator() == null).first()
                    .extracting(ChainWarning::describe).asString()
                    .contains("in the gold of document 'herald2', ");
        }
    }

    @Test
    void thatASoundChainGivesNoWarningWhileAnUnattributedClaimBesideItDoes() throws Exception {
        try (ClaimsCorpus corpus = ClaimsCorpus.create(tmp.resolve("c"))) {
            corpus.document("herald", "2024-05-03", TEXT, "kari", claim("Up to 100 people died"));
            corpus.annotate("herald", "kari", chains -> {
                var claim = chains.claim("people died");
                var reuters = chains.source("Reuters", "news agency", null);
                chains.attribute(claim, reuters).via(reuters, chains.source("AFP", "news agency", null));
            });
            CorpusValidator sut = new CorpusValidator(corpus.store());

            sut.validate(m -> {
            });

            assertThat(sut.warnings()).extracting(w -> w.problem().text()).containsExactly("Up to 100 people died");
        }
    }
}
