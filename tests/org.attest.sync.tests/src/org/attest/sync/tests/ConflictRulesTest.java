package org.attest.sync.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.core.schema.SchemaService;
import org.attest.curation.CurationService;
import org.attest.curation.CurationSession;
import org.attest.curation.MergePolicy;
import org.attest.curation.MergeRequest;
import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.demo.ScriptedReviewer;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.CorpusFactory;
import org.attest.model.DocumentState;
import org.attest.model.Entity;
import org.attest.model.Schema;
import org.attest.model.Tag;
import org.attest.registry.EntityRegistry;
import org.attest.store.CorpusStore;
import org.attest.sync.KeptVersions;
import org.attest.sync.SyncException;
import org.attest.sync.SyncResult;
import org.attest.sync.SyncService;
import org.attest.validate.CorpusValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where two people really changed the same thing: the rule decides, both versions are kept, and the user is told. */
class ConflictRulesTest {

    @TempDir
    Path tmp;

    @Test
    void twoAliasEditsOfOneEntityOfflineBothStay() throws Exception {
        Team team = new Team(tmp).published();
        String id;
        try (CorpusStore store = CorpusStore.open(team.lead(), CorpusStore.Mode.WRITE, "test")) {
            var create = new EntityRegistry(store.corpus()).createEntity("Nikol Pashinyan", "PERSON");
            create.execute();
            id = create.created().getId();
            store.saveModel();
        }
        Team.sync(team.lead());
        Path anna = team.cloneAs("anna");
        Path ben = team.cloneAs("ben");
        alias(anna, id, "Pašinjan");
        alias(ben, id, "Пашинян");

        Team.sync(anna);
        SyncResult bens = Team.sync(ben);
        Team.sync(anna);

        assertThat(bens.notes()).isEmpty();
        for (Path clone : List.of(anna, ben)) {
            try (CorpusStore store = CorpusStore.open(clone, CorpusStore.Mode.READ, "test")) {
                Entity entity = new EntityRegistry(store.corpus()).byId(id).orElseThrow();
                assertThat(entity.getAliases()).containsExactlyInAnyOrder("Pašinjan", "Пашинян");
                assertThat(new EntityRegistry(store.corpus()).search("pasinjan", 5)).containsExactly(entity);
            }
        }
    }

    @Test
    void twoReviewersCuratingADocumentOfflineKeepThePublishedCurationAndSetTheOtherAsideToRestore() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        Team.annotate(anna, Personality.careful("anna"), DocumentState.FINISHED);
        Team.sync(anna);
        Path ben = team.cloneAs("ben");
        Team.annotate(ben, new Personality("ben", 7, 0.15, 0.3, 0.15), DocumentState.FINISHED);
        Team.sync(ben);
        Path rita = team.cloneAs("rita");
        Path vera = team.cloneAs("vera");
        curate(vera, "vera", "ben", "harbour-flood-a");
        curate(rita, "rita", "anna", "harbour-flood-a");

        Team.sync(vera);
        SyncResult ritas = Team.sync(rita);

        assertThat(ritas.notes()).filteredOn(n -> !n.keptAside().isEmpty()).singleElement().satisfies(note -> {
            assertThat(note.message()).contains("'harbour-flood-a' was curated on two machines").contains("rita here")
                    .contains("vera in the published");
            assertThat(note.keptAside()).contains("documents/harbour-flood-a/curation.xmi",
                    "documents/harbour-flood-a/gold.bcas");
            assertThat(note.conflict()).isNotNull();
        });
        assertThat(decisionsBy(rita, "harbour-flood-a")).allMatch("vera"::equals);
        assertThat(new KeptVersions(rita).list()).singleElement().satisfies(k -> assertThat(k.files()).hasSize(2));
        try (CorpusStore store = CorpusStore.open(rita, CorpusStore.Mode.WRITE, "attest conflicts restore")) {
            new KeptVersions(rita).restore(new KeptVersions(rita).list().get(0).id());
        }
        assertThat(decisionsBy(rita, "harbour-flood-a")).allMatch("rita"::equals);
        Team.sync(rita);
        Team.sync(vera);
        assertThat(decisionsBy(vera, "harbour-flood-a")).isNotEmpty().allMatch("rita"::equals);
        assertThat(new KeptVersions(rita).list()).isEmpty();
        for (Path clone : List.of(rita, vera)) {
            try (CorpusStore store = CorpusStore.open(clone, CorpusStore.Mode.READ, "test")) {
                assertThat(new CorpusValidator(store).validate(m -> {
                })).isEmpty();
            }
        }
    }

    @Test
    void aReviewersCurationWinsOverAnAutoMergeRunElsewhere() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        Team.annotate(anna, Personality.careful("anna"), DocumentState.FINISHED);
        Team.annotate(anna, new Personality("ben", 7, 0.15, 0.3, 0.15), DocumentState.FINISHED);
        Team.sync(anna);
        Path rita = team.cloneAs("rita");
        Team.sync(team.lead());
        try (CorpusStore store = CorpusStore.open(team.lead(), CorpusStore.Mode.WRITE, "test")) {
            new CurationService(store).merge(new MergeRequest(MergePolicy.UNANIMOUS, false), m -> {
            });
        }
        curate(rita, "rita", "anna", "harbour-flood-b");

        Team.sync(team.lead());
        SyncResult ritas = Team.sync(rita);

        assertThat(ritas.notes()).anySatisfy(n -> assertThat(n.message())
                .contains("'harbour-flood-b' was auto-merged elsewhere while you curated it"));
        assertThat(ritas.notes()).allSatisfy(n -> assertThat(n.keptAside()).isEmpty());
        assertThat(decisionsBy(rita, "harbour-flood-b")).isNotEmpty().allMatch("rita"::equals);
    }

    @Test
    void theSameAnnotatorOnTwoMachinesKeepsTheLaterStateAndSetsTheirOwnOtherVersionAside() throws Exception {
        Team team = new Team(tmp).published();
        Path laptop = team.cloneAs("anna");
        Path desktop = tmp.resolve("anna-desktop");
        new org.attest.sync.CloneService().clone(team.url(), desktop, "anna", null, null);
        Team.annotate(laptop, Personality.careful("anna"), DocumentState.IN_PROGRESS, "harbour-flood-a");
        Thread.sleep(20);
        Team.annotate(desktop, new Personality("anna", 3, 0.5, 0.2, 0.2), DocumentState.FINISHED, "harbour-flood-a");
        byte[] desktopCas = Files.readAllBytes(desktop.resolve("documents/harbour-flood-a/annotations/anna.bcas"));
        byte[] laptopCas = Files.readAllBytes(laptop.resolve("documents/harbour-flood-a/annotations/anna.bcas"));

        Team.sync(desktop);
        SyncResult laptops = Team.sync(laptop);

        assertThat(laptops.notes()).anySatisfy(n -> {
            assertThat(n.message()).isEqualTo(
                    "anna's annotations of 'harbour-flood-a' were changed on two machines; the published version was kept");
            assertThat(n.keptAside()).containsExactly("documents/harbour-flood-a/annotations/anna.bcas");
        });
        assertThat(laptops.notes()).anySatisfy(
                n -> assertThat(n.message()).contains("anna's state of 'harbour-flood-a' was changed on two machines")
                        .contains("the later one, finished"));
        assertThat(Files.readAllBytes(laptop.resolve("documents/harbour-flood-a/annotations/anna.bcas")))
                .isEqualTo(desktopCas);
        KeptVersions.Kept kept = new KeptVersions(laptop).list().get(0);
        assertThat(Files.readAllBytes(
                laptop.resolve(".attest/conflicts/" + kept.id() + "/documents/harbour-flood-a/annotations/anna.bcas")))
                .isEqualTo(laptopCas);
        try (CorpusStore store = CorpusStore.open(laptop, CorpusStore.Mode.READ, "test")) {
            assertThat(CorpusStore.state(store.document("harbour-flood-a").orElseThrow(), "anna"))
                    .isEqualTo(DocumentState.FINISHED);
        }
    }

    @Test
    void aSchemaChangedOnBothSidesIsRefusedNamingBothVersionsUntilTheUserTakesThePublishedOne() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        addTag(team.lead(), "MONEY");
        addTag(anna, "TIME");
        Team.sync(team.lead());
        String before = Team.git(anna, "rev-parse", "HEAD").strip();

        SyncException refused = catchThrowableOfType(SyncException.class, () -> Team.sync(anna));

        assertThat(refused.reason()).isEqualTo(SyncException.Reason.SCHEMA_CONFLICT);
        assertThat(refused.versions()).hasSize(2);
        assertThat(refused.versions().get(0)).startsWith("yours: schema 'news' version 2, changed by anna");
        assertThat(refused.versions().get(1)).startsWith("published: schema 'news' version 2, changed by lead");
        assertThat(refused.getMessage()).contains("Nothing was merged or published");
        assertThat(Team.git(anna, "rev-parse", "HEAD").strip()).isNotEqualTo(before); // her own change is committed,
                                                                                      // not lost
        assertThat(Files.readString(anna.resolve("schema.xmi"))).contains("name=\"TIME\"").doesNotContain("MONEY");

        SyncResult taken;
        try (CorpusStore store = CorpusStore.open(anna, CorpusStore.Mode.WRITE, "attest sync")) {
            taken = new SyncService().sync(store, new SyncService.Request(null, null, true));
        }
        assertThat(taken.notes()).singleElement()
                .satisfies(n -> assertThat(n.keptAside()).containsExactly("schema.xmi"));
        assertThat(Files.readString(anna.resolve("schema.xmi"))).contains("MONEY").doesNotContain("name=\"TIME\"");
    }

    @Test
    void twoDifferentDocumentsImportedUnderOneIdKeepThePublishedOneAndSetTheOtherAside() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        importText(team.lead(), "breaking.txt", "Storm closes the port.\n");
        importText(anna, "breaking.txt", "Bridge reopens after the flood.\n");

        Team.sync(team.lead());
        SyncResult annas = Team.sync(anna);

        assertThat(annas.notes()).singleElement().satisfies(n -> {
            assertThat(n.message()).contains("two different documents were imported as 'breaking'")
                    .contains("import its text again");
            assertThat(n.keptAside()).contains("documents/breaking/text.txt", "documents/breaking/document.xmi");
        });
        assertThat(Files.readString(anna.resolve("documents/breaking/text.txt"))).isEqualTo("Storm closes the port.\n");
        try (CorpusStore store = CorpusStore.open(anna, CorpusStore.Mode.READ, "test")) {
            assertThat(new CorpusValidator(store).validate(m -> {
            })).isEmpty();
        }
    }

    private static void importText(Path corpus, String name, String text) throws Exception {
        Path file = corpus.getParent().resolve("incoming-" + corpus.getFileName()).resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            new ImportService(store).run(new ImportService.Request(List.of(file), ImportOptions.defaults(), null, null),
                    m -> {
                    });
        }
    }

    private static void alias(Path corpus, String id, String alias) throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            EntityRegistry registry = new EntityRegistry(store.corpus());
            registry.addAlias(registry.byId(id).orElseThrow(), alias).execute();
            store.saveModel();
        }
    }

    private static void curate(Path corpus, String reviewer, String trusted, String document) throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "test")) {
            CurationService curation = new CurationService(store);
            curation.merge(new MergeRequest(MergePolicy.UNANIMOUS, false), m -> {
            });
            CurationSession session = curation.open(document, reviewer, false);
            new ScriptedReviewer(trusted).settle(session);
            session.save();
        }
    }

    private static List<String> decisionsBy(Path corpus, String document) throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            return new CurationService(store).decisions(document).stream().filter(d -> d.getReviewer() != null)
                    .map(d -> d.getReviewer()).toList();
        }
    }

    private static void addTag(Path corpus, String name) throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.WRITE, "attest schema --apply")) {
            Schema schema = org.eclipse.emf.ecore.util.EcoreUtil.copy(store.corpus().getSchema());
            Tag tag = CorpusFactory.eINSTANCE.createTag();
            tag.setName(name);
            schema.getTagsets().get(0).getTags().add(tag);
            new SchemaService(store).apply(schema);
        }
    }
}
