package org.attest.cli;

import java.io.PrintWriter;
import java.util.List;

import org.attest.edit.EditCommand;
import org.attest.model.Entity;
import org.attest.registry.CorpusMentions;
import org.attest.registry.CorpusSplit;
import org.attest.registry.CreateEntityCommand;
import org.attest.registry.EntityRegistry;
import org.attest.registry.Mention;
import org.attest.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The registry sub-commands that change it: {@code add}, {@code alias}, {@code merge} and {@code split}; each saves
 * atomically.
 */
final class RegistryChangeCommands {

    private RegistryChangeCommands() {
    }

    /**
     * Runs {@code changes} on the registry of the corpus opened for writing, then saves the model, all of it or
     * nothing.
     */
    private static void change(RegistryCommand parent, String purpose, RegistryChange changes) throws Exception {
        try (CorpusStore store = parent.open(CorpusStore.Mode.WRITE, purpose)) {
            // a refused change throws before the save, so the corpus on disk keeps none of the changes made before it
            changes.run(new EntityRegistry(store.corpus()), EditCommand::execute);
            store.saveModel(purpose);
        }
    }

    private interface RegistryChange {

        void run(EntityRegistry registry, java.util.function.Consumer<EditCommand> execute) throws Exception;
    }

    /** {@code attest registry DIR add NAME}: a new entity. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an entity called NAME under a fresh id, with its type, aliases and knowledge-base id.")
    static final class Add extends RegistryAction {

        @Parameters(index = "0", paramLabel = "NAME", description = "The name the entity is best known by.")
        private String name;

        @Option(names = "--type", paramLabel = "TYPE", description = "The kind of entity, such as PERSON or ORGANIZATION.")
        private String type;

        @Option(names = "--alias", paramLabel = "NAME", description = "Another name of the entity (repeatable).")
        private List<String> aliases = List.of();

        @Option(names = "--kb", paramLabel = "ID", description = "The entity's knowledge-base id, such as the Wikidata QID Q1234.")
        private String kb;

        /** Adds the entity and saves. */
        @Override
        public Integer call() throws Exception {
            Entity[] created = new Entity[1];
            change(parent, "attest registry add", (registry, execute) -> {
                CreateEntityCommand create = registry.createEntity(name, type);
                execute.accept(create);
                created[0] = create.created();
                for (String alias : aliases) {
                    execute.accept(registry.addAlias(created[0], alias));
                }
                if (kb != null) {
                    execute.accept(registry.setKnowledgeBaseId(created[0], kb));
                }
            });
            spec.commandLine().getOut().printf("Added %s%s.%n", RegistryCommand.describe(created[0]),
                    created[0].getAliases().isEmpty() ? "" : ", also " + String.join(", ", created[0].getAliases()));
            return Cli.OK;
        }
    }

    /** {@code attest registry DIR alias ENTITY NAME...}: more names of an entity, or its knowledge-base id. */
    @Command(name = "alias", mixinStandardHelpOptions = true, description = "Add NAME as an alias of ENTITY (refused when it already has that name ignoring case, accents and script); --kb sets its knowledge-base id.")
    static final class Alias extends RegistryAction {

        @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity's id, or a name only it has.")
        private String ref;

        @Parameters(index = "1..*", arity = "0..*", paramLabel = "NAME", description = "The aliases to add.")
        private List<String> names = List.of();

        @Option(names = "--kb", paramLabel = "ID", description = "Set the knowledge-base id, such as the Wikidata QID Q1234 (\"\" clears it).")
        private String kb;

        /** Adds the aliases and saves. */
        @Override
        public Integer call() throws Exception {
            if (names.isEmpty() && kb == null) {
                throw new IllegalArgumentException(
                        "nothing to change; give one or more aliases after the entity, or --kb ID");
            }
            Entity[] entity = new Entity[1];
            change(parent, "attest registry alias", (registry, execute) -> {
                entity[0] = RegistryCommand.entity(registry, ref, parent.dir);
                for (String name : names) {
                    execute.accept(registry.addAlias(entity[0], name));
                }
                if (kb != null) {
                    execute.accept(registry.setKnowledgeBaseId(entity[0], kb));
                }
            });
            Entity e = entity[0];
            spec.commandLine().getOut().printf("%s: aliases %s; knowledge base %s.%n", RegistryCommand.describe(e),
                    e.getAliases().isEmpty() ? "none" : String.join(", ", e.getAliases()),
                    e.getKnowledgeBaseId() == null ? "none" : e.getKnowledgeBaseId());
            return Cli.OK;
        }
    }

    /** {@code attest registry DIR merge KEEP GONE}: two entities that are one. */
    @Command(name = "merge", mixinStandardHelpOptions = true, description = {
            "Merge GONE into KEEP: KEEP takes GONE's names as aliases, its knowledge-base id if it has none, and its id,",
            "so every mention and source linked to GONE, in every CAS, is KEEP's from now on."})
    static final class Merge extends RegistryAction {

        @Parameters(index = "0", paramLabel = "KEEP", description = "The entity that stays.")
        private String keep;

        @Parameters(index = "1", paramLabel = "GONE", description = "The entity merged into it.")
        private String gone;

        /** Merges and saves. */
        @Override
        public Integer call() throws Exception {
            Entity[] kept = new Entity[2];
            change(parent, "attest registry merge", (registry, execute) -> {
                kept[0] = RegistryCommand.entity(registry, keep, parent.dir);
                kept[1] = RegistryCommand.entity(registry, gone, parent.dir);
                execute.accept(registry.merge(kept[0], kept[1]));
            });
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Merged %s into %s: aliases %s; links to %s are %s's.%n", RegistryCommand.describe(kept[1]),
                    RegistryCommand.describe(kept[0]),
                    String.join(", ", kept[0].getAliases()), kept[1].getId(), kept[0].getId());
            return Cli.OK;
        }
    }

    /**
     * {@code attest registry DIR split ENTITY --mention REF... --name NAME}: mentions that belong to another entity.
     */
    @Command(name = "split", mixinStandardHelpOptions = true, description = {
            "Move chosen mentions of ENTITY to a new entity called NAME, rewriting the annotators' CAS files and the",
            "registry together; the mentions are named DOC/ANNOTATOR/BEGIN-END as 'show' prints them."})
    static final class Split extends RegistryAction {

        @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity some mentions of which refer to another.")
        private String ref;

        @Option(names = "--mention", required = true, paramLabel = "REF", description = "A mention to move, DOC/ANNOTATOR/BEGIN-END (repeatable).")
        private List<String> mentions;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The name of the new entity.")
        private String name;

        /** Splits and saves. */
        @Override
        public Integer call() throws Exception {
            List<Mention> chosen = mentions.stream().map(RegistryCommand::parseRef).toList();
            try (CorpusStore store = parent.open(CorpusStore.Mode.WRITE, "attest registry split")) {
                Entity from = RegistryCommand.entity(new EntityRegistry(store.corpus()), ref, parent.dir);
                for (Mention m : chosen) {
                    if (store.document(m.document()).isEmpty()) {
                        throw new IllegalArgumentException("the corpus " + parent.dir + " has no document '"
                                + m.document() + "'; name the mention as"
                                + " 'attest registry " + parent.dir + " show " + ref + "' prints it");
                    }
                }
                CorpusMentions all = CorpusMentions.read(store, m -> spec.commandLine().getErr().println("  ... " + m));
                Entity created = CorpusSplit.split(store, from, name, chosen, all);
                spec.commandLine().getOut().printf("Moved %d mention(s) of %s to the new entity %s%s.%n", chosen.size(),
                        RegistryCommand.describe(from),
                        RegistryCommand.describe(created),
                        created.getAliases().isEmpty() ? "" : ", also " + String.join(", ", created.getAliases()));
            }
            return Cli.OK;
        }
    }
}
