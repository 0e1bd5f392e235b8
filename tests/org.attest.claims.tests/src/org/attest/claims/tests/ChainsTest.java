package org.attest.claims.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.CasFactory;
import org.attest.cas.Layers;
import org.attest.claims.Chain;
import org.attest.claims.ChainGraph;
import org.attest.claims.ChainLink;
import org.attest.claims.ChainProblem;
import org.attest.claims.Chains;
import org.attest.model.CorpusFactory;
import org.attest.model.Entity;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.attest.testing.SourceChains;
import org.junit.jupiter.api.Test;

class ChainsTest {

    static final String ROSSI = "Up to 100 people died, Minister Ana Rossi told Reuters, citing social media.";

    private final Schema schema = DefaultSchema.create();
    private final CasFactory factory = new CasFactory(schema);

    private CAS cas;
    private SourceChains chains;

    private SourceChains article(String text) {
        cas = factory.newCas(text);
        chains = new SourceChains(new Layers(cas, schema), text);
        return chains;
    }

    @Test
    void thatAClaimIsFollowedThroughItsSourceAndEachViaInOrder() {
        article(ROSSI);
        AnnotationFS claim = chains.claim("Up to 100 people died");
        AnnotationFS rossi = chains.source("Minister Ana Rossi", "person", "E1");
        AnnotationFS reuters = chains.source("Reuters", "news agency", null);
        AnnotationFS social = chains.source("social media", "social media", null);
        chains.attribute(claim, rossi).via(rossi, reuters).via(reuters, social);

        Entity rossiEntity = entity("E1", "Ana Rossi");
        List<Chain> sut = Chains.read(cas, schema, List.of(rossiEntity)).of(claim);

        assertThat(sut).hasSize(1);
        Chain chain = sut.get(0);
        assertThat(chain.text()).isEqualTo("Up to 100 people died");
        assertThat(chain.links()).extracting(ChainLink::text)
                .containsExactly("Minister Ana Rossi", "Reuters", "social media");
        assertThat(chain.links().get(0).entityName()).isEqualTo("Ana Rossi");
        assertThat(chain.links().get(1).entity()).isNull();
        assertThat(chain.problems()).isEmpty();
        assertThat(chain.describe())
                .isEqualTo("Minister Ana Rossi (person) <- Reuters (news agency) <- social media");
    }

    @Test
    void thatAClaimAttributedToNoSourceHasOneEmptyChainWithThatProblem() {
        article(ROSSI);
        chains.claim("Up to 100 people died");

        List<Chain> sut = Chains.of(cas, schema);

        assertThat(sut).singleElement().satisfies(chain -> {
            assertThat(chain.attributed()).isFalse();
            assertThat(chain.problems()).extracting(ChainProblem::kind)
                    .containsExactly(ChainProblem.Kind.NO_ATTRIBUTION);
            assertThat(chain.problems().get(0).message("herald"))
                    .contains("document 'herald'", "'Up to 100 people died' [0,21)");
        });
    }

    @Test
    void thatAClaimWithTwoAttributionsHasAChainPerSourceInOffsetOrder() {
        article(ROSSI);
        AnnotationFS claim = chains.claim("Up to 100 people died");
        AnnotationFS reuters = chains.source("Reuters", "news agency", null);
        AnnotationFS rossi = chains.source("Minister Ana Rossi", "person", null);
        chains.attribute(claim, reuters).attribute(claim, rossi);

        List<Chain> sut = Chains.of(cas, schema);

        assertThat(sut).extracting(Chain::describe)
                .containsExactly("Minister Ana Rossi (person)", "Reuters (news agency)");
    }

    @Test
    void thatAViaCycleEndsWhereASourceWouldRepeatAndIsReportedOnceFromWhereverItIsEntered() {
        article("Officials said, quoting Reuters, quoting AFP, that 100 died.");
        AnnotationFS claim = chains.claim("100 died");
        AnnotationFS other = chains.claim("that");
        AnnotationFS officials = chains.source("Officials", "government", null);
        AnnotationFS reuters = chains.source("Reuters", "news agency", null);
        AnnotationFS afp = chains.source("AFP", "news agency", null);
        chains.attribute(claim, officials).attribute(other, afp).via(officials, reuters).via(reuters, afp)
                .via(afp, reuters);

        Chains sut = Chains.read(cas, schema, List.of());

        assertThat(sut.of(claim)).singleElement().satisfies(chain -> assertThat(chain.links())
                .extracting(ChainLink::text).containsExactly("Officials", "Reuters", "AFP"));
        assertThat(sut.of(other)).singleElement().satisfies(chain -> assertThat(chain.links())
                .extracting(ChainLink::text).containsExactly("AFP", "Reuters"));
        assertThat(sut.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ChainProblem.Kind.VIA_CYCLE);
            assertThat(problem.sources()).extracting(ChainLink::text).containsExactly("Reuters", "AFP");
            assertThat(problem.message("d")).contains("'Reuters' [24,31) -> 'AFP' [41,44)", "cycle");
        });
    }

    @Test
    void thatASourceReportedViaItselfIsReportedAndNotFollowed() {
        article(ROSSI);
        AnnotationFS claim = chains.claim("Up to 100 people died");
        AnnotationFS reuters = chains.source("Reuters", "news agency", null);
        chains.attribute(claim, reuters).via(reuters, reuters);

        List<Chain> sut = Chains.of(cas, schema);

        assertThat(sut).singleElement().satisfies(chain -> {
            assertThat(chain.links()).extracting(ChainLink::text).containsExactly("Reuters");
            assertThat(chain.problems()).extracting(ChainProblem::kind).containsExactly(ChainProblem.Kind.SELF_VIA);
            assertThat(chain.problems().get(0).message("d")).contains("'Reuters' [47,54)", "via itself");
        });
    }

    @Test
    void thatOneEntityTaggedWithTwoSourceTypesInAChainIsAContradictionThroughAMergeToo() {
        article("Reuters reported 100 dead, citing a Reuters reporter.");
        AnnotationFS claim = chains.claim("100 dead");
        AnnotationFS agency = chains.source("Reuters", "news agency", "E7");
        AnnotationFS person = chains.source("Reuters", "person", "OLD");
        chains.attribute(claim, agency).via(agency, person);
        Entity reuters = entity("E7", "Reuters");
        reuters.getMergedIds().add("OLD");

        List<ChainProblem> sut = Chains.read(cas, schema, List.of(reuters)).problems();

        assertThat(sut).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ChainProblem.Kind.CONTRADICTING_TYPES);
            assertThat(problem.message("d")).contains("'Reuters' [0,7) tagged news agency",
                    "'Reuters' [36,43) tagged person", "entity Reuters (E7)");
        });
    }

    @Test
    void thatTheSameWordsWithoutEntitiesContradictButDifferentWordsOrUnsetTypesDoNot() {
        article("Police said, citing police and the mayor, citing the Mayor, that 100 died.");
        AnnotationFS claim = chains.claim("100 died");
        AnnotationFS police = chains.source("Police", "government", null);
        AnnotationFS policeAgain = chains.source("police", "organization", null);
        AnnotationFS mayor = chains.source("the mayor", "person", null);
        AnnotationFS mayorAgain = chains.source("the Mayor", null, null);
        chains.attribute(claim, police).via(police, policeAgain).via(policeAgain, mayor).via(mayor, mayorAgain);

        List<ChainProblem> sut = Chains.of(cas, schema).get(0).problems();

        assertThat(sut).singleElement().satisfies(problem -> assertThat(problem.sources())
                .extracting(ChainLink::text).containsExactly("Police", "police"));
    }

    @Test
    void thatPathsBeyondTheLimitAreReportedInsteadOfFollowed() {
        ChainGraph sut = new ChainGraph(List.of());
        int claim = sut.claim(0, 5, "claim");
        int[] previous = {sut.source(10, 11, "s", null, null)};
        sut.attribution(claim, previous[0]);
        for (int level = 0; level < 8; level++) {
            int left = sut.source(20 + level * 3, 21 + level * 3, "l", null, null);
            int right = sut.source(21 + level * 3, 22 + level * 3, "r", null, null);
            for (int from : previous) {
                sut.via(from, left);
                sut.via(from, right);
            }
            previous = new int[]{left, right};
        }

        List<Chain> chains = sut.chains(claim);

        assertThat(chains).hasSize(ChainGraph.MAX_CHAINS);
        assertThat(chains.get(chains.size() - 1).problems()).extracting(ChainProblem::kind)
                .containsExactly(ChainProblem.Kind.TOO_MANY_CHAINS);
        assertThat(chains.get(0).problems()).isEmpty();
    }

    private static Entity entity(String id, String name) {
        Entity entity = CorpusFactory.eINSTANCE.createEntity();
        entity.setId(id);
        entity.setCanonicalName(name);
        entity.setType("PERSON");
        return entity;
    }
}
