package org.attest.claims.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attest.testing.ClaimsCorpus.claim;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.attest.cas.Layers;
import org.attest.cas.TypeSystemFactory;
import org.attest.cas.UnsetNumbers;
import org.attest.claims.ChainProblem;
import org.attest.claims.ClaimFigure;
import org.attest.claims.Cluster;
import org.attest.claims.ConflictRules;
import org.attest.claims.CorpusClaims;
import org.attest.claims.Verdict;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.testing.ClaimsCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusClaimsTest {

    static final String HERALD = "The harbour flood has killed up to 100 people in the last 24 hours, the mayor said.";
    static final String COURIER = "At least 200 people have died since Tuesday, officials say. A second count gives 20 dead.";

    @TempDir
    Path tmp;

    private Cluster only(CorpusClaims.Result result) {
        assertThat(result.clusters()).hasSize(1);
        return result.clusters().get(0);
    }

    @Test
    void thatClaimsOfOneClusterAcrossDocumentsAreJudgedWithTheirPeriodsFilledFromTheDocumentsDate() throws Exception {
        try (ClaimsCorpus corpus = ClaimsCorpus.create(tmp.resolve("c"))) {
            corpus.document("herald", "2024-05-03", HERALD, "kari",
                    claim("up to 100 people", "type", "statistic", "value", 100, "qualifier", "up to", "period",
                            "in the last 24 hours",
                            "cluster", "killed"));
            corpus.document("courier", "2024-05-03T09:30:00Z", COURIER, "kari",
                    claim("At least 200 people", "value", 200, "qualifier", "at least", "period", "since Tuesday",
                            "cluster", "killed"),
                    claim("20 dead", "value", 20, "period", "since Tuesday", "periodStart", "2024-04-29", "cluster",
                            "killed"),
                    claim("officials say", "type", "quote"));

            CorpusClaims.Result result = new CorpusClaims(corpus.store(), new ConflictRules()).read("kari");

            Cluster cluster = only(result);
            assertThat(result.unclustered()).isEqualTo(1);
            assertThat(cluster.id()).isEqualTo("killed");
            assertThat(cluster.claims()).extracting(ClaimFigure::document, ClaimFigure::periodStart).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("herald", LocalDate.of(2024, 5, 2)),
                    org.assertj.core.groups.Tuple.tuple("courier", LocalDate.of(2024, 4, 30)),
                    org.assertj.core.groups.Tuple.tuple("courier", LocalDate.of(2024, 4, 29)));
            assertThat(cluster.verdicts()).extracting(Verdict::kind).containsExactly(Verdict.Kind.AGREE,
                    Verdict.Kind.AGREE,
                    Verdict.Kind.CONFLICT);
            assertThat(cluster.conflicts()).singleElement().extracting(Verdict::reason).asString()
                    .contains("2024-04-30..2024-05-03 lies inside 2024-04-29..2024-05-03")
                    .contains("lower bound 200 exceeds");
        }
    }

    @Test
    void thatAClaimWithoutAValueIsNoFigureOfZeroAndSoNoConflict() throws Exception {
        try (ClaimsCorpus corpus = ClaimsCorpus.create(tmp.resolve("c"))) {
            corpus.document("herald", "2024-05-03", HERALD, "gold",
                    claim("up to 100 people", "value", 100, "qualifier", "at least", "cluster", "killed"),
                    claim("the mayor said", "cluster", "killed"));

            Cluster cluster = only(new CorpusClaims(corpus.store(), new ConflictRules()).read(CorpusClaims.GOLD));

            assertThat(cluster.claims()).extracting(ClaimFigure::value).containsExactly(100.0, null);
            assertThat(cluster.verdicts()).singleElement().extracting(Verdict::kind)
                    .isEqualTo(Verdict.Kind.NOT_COMPARABLE);
            assertThat(cluster.verdicts().get(0).reason()).contains("herald [").contains("has no figure");
        }
    }

    @Test
    void thatEachClaimCarriesItsAttributionChainWithTheSourcesRegistryNames() throws Exception {
        try (ClaimsCorpus corpus = ClaimsCorpus.create(tmp.resolve("c"))) {
            corpus.document("herald", "2024-05-03", HERALD, "kari");
            corpus.document("courier", "2024-05-03", COURIER, "kari");
            corpus.entity("m1", "Mayor Ana Rossi");
            corpus.annotate("herald", "kari", chains -> chains.attribute(
                    chains.claim("up to 100 people", "value", 100, "cluster", "killed"),
                    chains.source("the mayor", "person", "m1")));
            corpus.annotate("courier", "kari", chains -> chains.claim("At least 200 people", "cluster", "killed"));

            Cluster cluster = only(new CorpusClaims(corpus.store(), new ConflictRules()).read("kari"));

            assertThat(cluster.claims()).extracting(c -> c.chains().get(0).describe())
                    .containsExactly("the mayor (person)", "");
            assertThat(cluster.claims().get(0).chains().get(0).links().get(0).entityName())
                    .isEqualTo("Mayor Ana Rossi");
            assertThat(cluster.claims().get(1).chains().get(0).problems()).extracting(ChainProblem::kind)
                    .containsExactly(ChainProblem.Kind.NO_ATTRIBUTION);
        }
    }

    @Test
    void thatAnUnknownAnnotatorIsRefusedNamingTheAnnotatorsThereAre() throws Exception {
        try (ClaimsCorpus corpus = ClaimsCorpus.create(tmp.resolve("c"))) {
            corpus.document("herald", "2024-05-03", HERALD, "kari");

            assertThatThrownBy(() -> new CorpusClaims(corpus.store(), new ConflictRules()).read("lena"))
                    .isInstanceOf(CorpusException.class).hasMessageContaining("no annotator 'lena'")
                    .hasMessageContaining("[kari]");
        }
    }

    @Test
    void thatACorpusMadeBeforeTheClaimFeaturesStillOpensAndItsClaimsReadBack() throws Exception {
        Path dir = tmp.resolve("old");
        Schema old = DefaultSchema.create();
        Layer claimLayer = Schemas.layer(old, DefaultSchema.CLAIM).orElseThrow();
        claimLayer.getFeatures().removeIf(
                f -> Arrays.asList("upper", "period", "periodStart", "periodEnd", "measure").contains(f.getName()));
        old.getTagsets().removeIf(t -> t.getName().equals(DefaultSchema.MEASURE_TAGSET));
        try (ClaimsCorpus corpus = ClaimsCorpus.create(dir)) {
            corpus.document("herald", "2024-05-03", HERALD, "kari");
            corpus.store().corpus().setSchema(old);
            corpus.store().saveModel();
            Files.write(corpus.store().layout().cas("herald", "kari"), legacyCas(old, HERALD));
        }

        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            Cluster cluster = only(new CorpusClaims(store, new ConflictRules()).read("kari"));

            assertThat(cluster.claims()).extracting(ClaimFigure::text, ClaimFigure::value, ClaimFigure::period)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("up to 100 people", 100.0, null),
                            org.assertj.core.groups.Tuple.tuple("the mayor said", null, null));
            assertThat(cluster.conflicts()).isEmpty();
        }
    }

    // A CAS as Attest wrote it before numbers could be unset: no marker in its type system, and 0 where no value was
    // given.
    private static byte[] legacyCas(Schema schema, String text) throws Exception {
        TypeSystemDescription tsd = TypeSystemFactory.describe(schema);
        tsd.setTypes(Arrays.stream(tsd.getTypes()).filter(t -> !t.getName().equals(UnsetNumbers.MARKER))
                .toArray(TypeDescription[]::new));
        CAS cas = CasCreationUtils.createCas(tsd, null, null);
        cas.setDocumentText(text);
        Layers layers = new Layers(cas, schema);
        int figure = text.indexOf("up to 100 people");
        layers.addSpan(DefaultSchema.CLAIM, figure, figure + "up to 100 people".length(),
                Map.of("value", 100, "qualifier", "up to", "cluster", "killed"));
        int said = text.indexOf("the mayor said");
        AnnotationFS none = layers.addSpan(DefaultSchema.CLAIM, said, said + "the mayor said".length(),
                Map.of("cluster", "killed"));
        none.setDoubleValue(none.getType().getFeatureByBaseName("value"), 0.0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CasIOUtils.save(cas, out, SerialFormat.COMPRESSED_FILTERED_TSI);
        return out.toByteArray();
    }
}
