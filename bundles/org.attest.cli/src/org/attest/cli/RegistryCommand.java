package org.attest.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.attest.model.Entity;
import org.attest.registry.EntityRegistry;
import org.attest.registry.Mention;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest registry DIR list|show|add|alias|merge|split|duplicates}: the corpus's entity registry. */
@Command(name = "registry", mixinStandardHelpOptions = true, description = {
        "The corpus's registry of entities (people, organisations, places) that mentions link to.",
        "Names are matched ignoring case, accents and script: Pashinyan, Pašinjan and Пашинян find one entity.",
        "An ENTITY is its id (also an id it took over in a merge) or a name or alias only it has."}, subcommands = {
                RegistryReadCommands.ListEntities.class, RegistryReadCommands.Show.class,
                RegistryChangeCommands.Add.class,
                RegistryChangeCommands.Alias.class, RegistryChangeCommands.Merge.class,
                RegistryChangeCommands.Split.class,
                RegistryReadCommands.Duplicates.class})
public final class RegistryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    Path dir;

    /** Prints the usage, because the registry needs an action. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.OK;
    }

    /** Opens the corpus for {@code purpose}. */
    CorpusStore open(CorpusStore.Mode mode, String purpose) throws CorpusException {
        return Stores.open(spec, dir, mode, purpose);
    }

    /** Returns the entity {@code ref} names: an id, an id it took over, or a name or alias only one entity has. */
    static Entity entity(EntityRegistry registry, String ref, Path dir) {
        var byId = registry.byId(ref);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<Entity> named = registry.matches(ref, 0).stream().filter(m -> m.kind() == EntityRegistry.Kind.EXACT)
                .map(EntityRegistry.Match::entity)
                .toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            throw new IllegalArgumentException(
                    "the registry of " + dir + " has no entity '" + ref + "'; find it with: attest registry " + dir
                            + " list " + ref);
        }
        throw new IllegalArgumentException(
                "'" + ref + "' is a name of " + named.size() + " entities (" + String.join(", ",
                        named.stream().map(RegistryCommand::describe).toList()) + "); name one by its id");
    }

    /** Returns an entity as printed: its id and canonical name. */
    static String describe(Entity entity) {
        return entity.getId() + " '" + entity.getCanonicalName() + "'";
    }

    /** Returns how a mention is named on the command line: DOC/ANNOTATOR/BEGIN-END. */
    static String ref(Mention m) {
        return m.document() + "/" + m.annotator() + "/" + m.begin() + "-" + m.end();
    }

    /** Parses a mention named as {@link #ref} prints it. */
    static Mention parseRef(String ref) {
        int dash = ref.lastIndexOf('-');
        int slash = ref.lastIndexOf('/');
        int first = slash < 0 ? -1 : ref.lastIndexOf('/', slash - 1);
        if (first <= 0 || dash < slash) {
            throw new IllegalArgumentException(
                    "'" + ref + "' names no mention; write DOC/ANNOTATOR/BEGIN-END as 'attest registry DIR show"
                            + " ENTITY' prints it, e.g. harbour-flood-a/anna/25-36");
        }
        try {
            return new Mention(ref.substring(0, first), ref.substring(first + 1, slash), null,
                    Integer.parseInt(ref.substring(slash + 1, dash)),
                    Integer.parseInt(ref.substring(dash + 1)), null, null);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + ref + "' has no offsets BEGIN-END after the annotator; write it as 'attest registry DIR"
                            + " show ENTITY' prints it, e.g. harbour-flood-a/anna/25-36",
                    e);
        }
    }
}
