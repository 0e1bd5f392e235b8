package org.attest.bench.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.bench.SyntheticCorpus;
import org.attest.core.schema.SchemaService;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.CorpusFactory;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.model.Schema;
import org.attest.model.Tag;
import org.attest.model.persist.CorpusModelFormat;
import org.attest.registry.EntityRegistry;
import org.attest.store.CorpusStore;

/** The crash operations on the corpus model: import, document states, registry edits and schema changes. */
final class ModelOperations {

    private ModelOperations() {
    }

    /** Imports four batches of 30 articles, one batch per step. */
    static final class Import implements CrashOperation {

        private static final int BATCH = 30;

        @Override
        public String name() {
            return "import";
        }

        @Override
        public int steps() {
            return 4;
        }

        @Override
        public void prepare(Path template) throws Exception {
            Corpora.imported(template.resolve("corpus"), template.resolve("scratch"), 0);
            SyntheticCorpus synthetic = new SyntheticCorpus(Corpora.SEED, BATCH * steps());
            for (int b = 0; b < steps(); b++) {
                Path batch = Files.createDirectories(template.resolve("in/batch-" + b));
                for (int i = b * BATCH; i < (b + 1) * BATCH; i++) {
                    Files.writeString(batch.resolve(synthetic.document(i).id() + ".txt"), synthetic.document(i).text());
                }
            }
        }

        @Override
        public void step(Path trial, int index) throws Exception {
            try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.WRITE,
                    "attest import")) {
                new ImportService(store).run(
                        new ImportService.Request(List.of(trial.resolve("in/batch-" + index)), ImportOptions.defaults(),
                                null, null),
                        m -> {
                        });
            }
        }

        @Override
        public boolean check(Path trial, int done) throws Exception {
            SyntheticCorpus synthetic = new SyntheticCorpus(Corpora.SEED, BATCH * steps());
            try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.READ,
                    "crash trials check")) {
                return Corpora.steps("import of a batch", done, steps(), BATCH, b -> {
                    long there = 0;
                    for (int i = b * BATCH; i < (b + 1) * BATCH; i++) {
                        var document = store.document(synthetic.document(i).id());
                        if (document.isPresent()) {
                            if (!store.readText(document.get()).equals(synthetic.document(i).text())) {
                                throw new IllegalStateException(
                                        "the text of " + synthetic.document(i).id() + " differs from its article");
                            }
                            there++;
                        }
                    }
                    return there;
                });
            }
        }
    }

    /** Marks ten documents finished per step, in one save of the model. */
    static final class States implements CrashOperation {

        @Override
        public String name() {
            return "document states";
        }

        @Override
        public int steps() {
            return 4;
        }

        @Override
        public void prepare(Path template) throws Exception {
            Corpora.imported(template.resolve("corpus"), template.resolve("scratch"), 10 * steps());
            Corpora.annotated(template.resolve("corpus"), DocumentState.IN_PROGRESS, "anna");
        }

        @Override
        public void step(Path trial, int index) throws Exception {
            try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.WRITE,
                    "attest annotate")) {
                List<Document> documents = store.corpus().getDocuments();
                for (Document d : documents.subList(index * 10, index * 10 + 10)) {
                    store.setState(d, store.ensureAnnotator("anna"), DocumentState.FINISHED);
                }
                store.saveModel("mark finished");
            }
        }

        @Override
        public boolean check(Path trial, int done) throws Exception {
            try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.READ,
                    "crash trials check")) {
                List<Document> documents = store.corpus().getDocuments();
                return Corpora.steps("marking of ten documents finished", done, steps(), 10,
                        s -> documents.subList(s * 10, s * 10 + 10).stream()
                                .filter(d -> CorpusStore.state(d, "anna") == DocumentState.FINISHED).count());
            }
        }
    }

    /** Creates five entities per step and saves them together. */
    static final class Registry implements CrashOperation {

        @Override
        public String name() {
            return "registry edit";
        }

        @Override
        public int steps() {
            return 5;
        }

        @Override
        public void prepare(Path template) throws Exception {
            Corpora.imported(template.resolve("corpus"), template.resolve("scratch"), 1);
        }

        @Override
        public void step(Path trial, int index) throws Exception {
            try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.WRITE,
                    "Attest workbench")) {
                EntityRegistry registry = new EntityRegistry(store.corpus());
                for (int k = 0; k < 5; k++) {
                    registry.createEntity("Person " + index + "-" + k, "PERSON").execute();
                }
                store.saveModel("registry edit");
            }
        }

        @Override
        public boolean check(Path trial, int done) throws Exception {
            try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.READ,
                    "crash trials check")) {
                return Corpora.steps("registry edit", done, steps(), 5, s -> store.corpus().getEntities().stream()
                        .filter(e -> e.getCanonicalName().startsWith("Person " + s + "-")).count());
            }
        }
    }

    /** Adds one tag to the schema per step through {@code attest schema --apply}'s service. */
    static final class SchemaChange implements CrashOperation {

        @Override
        public String name() {
            return "schema apply";
        }

        @Override
        public int steps() {
            return 4;
        }

        @Override
        public void prepare(Path template) throws Exception {
            Corpora.imported(template.resolve("corpus"), template.resolve("scratch"), 3);
            Corpora.annotated(template.resolve("corpus"), DocumentState.IN_PROGRESS, "anna");
        }

        @Override
        public void step(Path trial, int index) throws Exception {
            try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.WRITE,
                    "attest schema --apply")) {
                Schema schema = CorpusModelFormat.readSchema(CorpusModelFormat.writeSchema(store.corpus().getSchema()),
                        "schema.xmi");
                Tag tag = CorpusFactory.eINSTANCE.createTag();
                tag.setName("CRASH_" + index);
                schema.getTagsets().get(0).getTags().add(tag);
                new SchemaService(store).apply(schema);
            }
        }

        @Override
        public boolean check(Path trial, int done) throws Exception {
            try (CorpusStore store = CorpusStore.open(trial.resolve("corpus"), CorpusStore.Mode.READ,
                    "crash trials check")) {
                Schema schema = store.corpus().getSchema();
                boolean present = Corpora.steps("schema change", done, steps(), 1,
                        s -> schema.getTagsets().get(0).getTags().stream()
                                .filter(t -> ("CRASH_" + s).equals(t.getName())).count());
                long tags = schema.getTagsets().get(0).getTags().stream().filter(t -> t.getName().startsWith("CRASH_"))
                        .count();
                if (schema.getVersion() != 1 + tags) {
                    throw new IllegalStateException(
                            "the schema is at version " + schema.getVersion() + " but holds " + tags + " added tags");
                }
                return present;
            }
        }
    }
}
