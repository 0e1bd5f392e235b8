package org.attest.sync.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.apache.uima.cas.CAS;
import org.attest.curation.CurationService;
import org.attest.curation.CurationSession;
import org.attest.curation.MergePolicy;
import org.attest.curation.MergeRequest;
import org.attest.demo.ScriptedAnnotator;
import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.demo.ScriptedReviewer;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.Entity;
import org.attest.registry.EntityRegistry;
import org.attest.store.CorpusStore;
import org.attest.store.Hashes;
import org.attest.sync.SyncResult;
import org.attest.validate.CorpusValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three people (annotators anna and ben, reviewer rita) work in their own clones in a seeded random order of annotate,
 * finish, reopen, registry edits, curation and sync; after everybody syncs twice, every clone holds the same corpus,
 * all
 * that anyone saved is there, no rule ever had to set a version aside, and every clone validates.
 */
class TeamSimulationTest {

    private static final List<String> PEOPLE = List.of("anna", "ben", "rita");

    @TempDir
    Path tmp;

    private final Map<String, String> casSaved = new TreeMap<>();
    private final Map<String, DocumentState> stateSet = new TreeMap<>();
    private final Map<String, Set<String>> aliasesAdded = new TreeMap<>();
    private final Map<String, String> curationSaved = new TreeMap<>();
    private final List<SyncResult> syncs = new ArrayList<>();

    @Test
    void aSeededInterleavingOfTwoHundredStepsEndsWithEveryCloneHoldingEverythingAnyoneSaved() throws Exception {
        long seed = Long.getLong("attest.simulation.seed", 20261205L);
        int steps = Integer.getInteger("attest.simulation.steps", 210);
        Random random = new Random(seed);
        System.out.println("team simulation: seed " + seed + ", " + steps + " steps");
        Team team = new Team(tmp).published();
        Map<String, Path> clones = new HashMap<>();
        for (String person : PEOPLE) {
            clones.put(person, team.cloneAs(person));
        }
        List<String> documents = List.of("harbour-flood-a", "harbour-flood-b", "harbour-flood-c");

        for (int step = 0; step < steps; step++) {
            String person = PEOPLE.get(random.nextInt(PEOPLE.size()));
            Path clone = clones.get(person);
            int action = random.nextInt(10);
            String document = documents.get(random.nextInt(documents.size()));
            if (action < 3) {
                syncs.add(Team.sync(clone));
            } else if (action < 5) {
                registry(clone, step, random);
            } else if (person.equals("rita")) {
                curate(clone, random);
            } else if (action < 8) {
                annotate(clone, person, document, step);
            } else {
                toggle(clone, person, document);
            }
        }
        for (int round = 0; round < 2; round++) {
            for (String person : PEOPLE) {
                syncs.add(Team.sync(clones.get(person)));
            }
        }

        String published = Team.git(team.bare, "rev-parse", "main^{tree}");
        for (String person : PEOPLE) {
            Path clone = clones.get(person);
            assertThat(Team.git(clone, "rev-parse", "HEAD^{tree}")).as(person + "'s clone").isEqualTo(published);
            assertThat(Team.git(clone, "status", "--porcelain")).as(person + "'s clone").isEmpty();
            holdsEverythingSaved(clone);
        }
        assertThat(syncs).flatExtracting(SyncResult::notes).as("no rule had to decide between two versions").isEmpty();
        assertThat(casSaved).hasSizeGreaterThan(2);
        assertThat(curationSaved).isNotEmpty();
        assertThat(aliasesAdded).isNotEmpty();
        Team.git(team.bare, "fsck", "--full", "--strict");
    }

    private void annotate(Path clone, String annotator, String id, int step) throws Exception {
        try (CorpusStore store = CorpusStore.open(clone, CorpusStore.Mode.WRITE, "test")) {
            Document document = store.document(id).orElseThrow();
            if (CorpusStore.state(document, annotator) == DocumentState.FINISHED) {
                return;
            }
            CAS cas = store.casFactory().newCas(store.readText(document));
            new ScriptedAnnotator(store.corpus().getSchema(), new Personality(annotator, step, 0.3, 0.2, 0.2))
                    .annotate(cas);
            store.writeCas(document, annotator, cas);
            store.setState(document, store.ensureAnnotator(annotator), DocumentState.IN_PROGRESS);
            store.saveModel();
            casSaved.put(annotator + "/" + id, Hashes.sha256(Files.readAllBytes(store.layout().cas(id, annotator))));
            stateSet.put(annotator + "/" + id, DocumentState.IN_PROGRESS);
        }
    }

    private void toggle(Path clone, String annotator, String id) throws Exception {
        try (CorpusStore store = CorpusStore.open(clone, CorpusStore.Mode.WRITE, "test")) {
            Document document = store.document(id).orElseThrow();
            DocumentState now = CorpusStore.state(document, annotator);
            if (now == DocumentState.NEW) {
                return;
            }
            DocumentState next = now == DocumentState.FINISHED ? DocumentState.IN_PROGRESS : DocumentState.FINISHED;
            store.setState(document, store.ensureAnnotator(annotator), next);
            store.saveModel();
            stateSet.put(annotator + "/" + id, next);
        }
    }

    private void registry(Path clone, int step, Random random) throws Exception {
        try (CorpusStore store = CorpusStore.open(clone, CorpusStore.Mode.WRITE, "test")) {
            EntityRegistry registry = new EntityRegistry(store.corpus());
            List<Entity> known = List.copyOf(store.corpus().getEntities());
            if (known.isEmpty() || random.nextInt(3) == 0) {
                var create = registry.createEntity("Person " + step, "PERSON");
                create.execute();
                aliasesAdded.put(create.created().getId(), new HashSet<>());
            } else {
                Entity entity = known.get(random.nextInt(known.size()));
                String alias = "Alias " + step + " of " + entity.getCanonicalName();
                registry.addAlias(entity, alias).execute();
                aliasesAdded.computeIfAbsent(entity.getId(), k -> new HashSet<>()).add(alias);
            }
            store.saveModel();
        }
    }

    private void curate(Path clone, Random random) throws Exception {
        try (CorpusStore store = CorpusStore.open(clone, CorpusStore.Mode.WRITE, "test")) {
            CurationService curation = new CurationService(store);
            curation.merge(new MergeRequest(MergePolicy.UNANIMOUS, false), m -> {
            });
            List<Document> documents = store.corpus().getDocuments();
            Document document = documents.get(random.nextInt(documents.size()));
            CurationSession session = curation.open(document.getId(), "rita", false);
            if (!session.annotators().isEmpty()) {
                new ScriptedReviewer(random.nextBoolean() ? "anna" : "ben").settle(session);
                session.save();
                if (random.nextBoolean() && session.queue().isEmpty()) {
                    session.markCurated();
                }
            }
            for (Document d : documents) {
                for (Path file : List.of(store.layout().curationRecord(d.getId()), store.layout().gold(d.getId()))) {
                    if (Files.exists(file)) {
                        curationSaved.put(store.layout().dir().relativize(file).toString(),
                                Hashes.sha256(Files.readAllBytes(file)));
                    }
                }
            }
        }
    }

    private void holdsEverythingSaved(Path clone) throws Exception {
        try (CorpusStore store = CorpusStore.open(clone, CorpusStore.Mode.READ, "test")) {
            for (Map.Entry<String, String> saved : casSaved.entrySet()) {
                String[] key = saved.getKey().split("/");
                assertThat(Hashes.sha256(Files.readAllBytes(store.layout().cas(key[1], key[0])))).as(saved.getKey())
                        .isEqualTo(saved.getValue());
            }
            for (Map.Entry<String, DocumentState> state : stateSet.entrySet()) {
                String[] key = state.getKey().split("/");
                assertThat(CorpusStore.state(store.document(key[1]).orElseThrow(), key[0])).as(state.getKey())
                        .isEqualTo(state.getValue());
            }
            EntityRegistry registry = new EntityRegistry(store.corpus());
            for (Map.Entry<String, Set<String>> aliases : aliasesAdded.entrySet()) {
                assertThat(registry.byId(aliases.getKey())).as(aliases.getKey())
                        .hasValueSatisfying(e -> assertThat(e.getAliases())
                                .containsAll(aliases.getValue()));
            }
            for (Map.Entry<String, String> saved : curationSaved.entrySet()) {
                assertThat(Hashes.sha256(Files.readAllBytes(clone.resolve(saved.getKey())))).as(saved.getKey())
                        .isEqualTo(saved.getValue());
            }
            assertThat(new CorpusValidator(store).validate(m -> {
            })).as("validate in " + clone).isEmpty();
        }
    }
}
