package org.attest.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.attest.model.Entity;
import org.attest.registry.CorpusMentions;
import org.attest.registry.DuplicateFinder;
import org.attest.registry.EntityRegistry;
import org.attest.registry.Mention;
import org.attest.registry.WrongLinks;
import org.attest.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The registry sub-commands that only read: {@code list}, {@code show} and {@code duplicates}. */
final class RegistryReadCommands {

    private RegistryReadCommands() {
    }

    /** {@code attest registry DIR list [QUERY]}: the entities, or those a query finds. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the entities by name, or those whose name or alias matches QUERY ignoring case, accents and script.")
    static final class ListEntities extends RegistryAction {

        @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "A name or part of one, in any script.")
        private String query;

        @Option(names = "--limit", paramLabel = "N", description = "Show at most N entities (default: all).")
        private int limit;

        /** Prints the entities found. */
        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (CorpusStore store = parent.open(CorpusStore.Mode.READ, "attest registry list")) {
                List<EntityRegistry.Match> matches = new EntityRegistry(store.corpus())
                        .matches(query == null ? "" : query, limit);
                for (EntityRegistry.Match m : matches) {
                    Entity e = m.entity();
                    out.printf("%-12s %-13s %s%s%s%n", e.getId(), e.getType() == null ? "-" : e.getType(),
                            e.getCanonicalName(),
                            e.getAliases().isEmpty() ? "" : "  (also " + String.join(", ", e.getAliases()) + ")",
                            e.getKnowledgeBaseId() == null ? "" : "  " + e.getKnowledgeBaseId());
                }
                out.printf("%d entit%s%s.%n", matches.size(), matches.size() == 1 ? "y" : "ies",
                        query == null ? "" : " match '" + query + "'");
            }
            return Cli.OK;
        }
    }

    /** {@code attest registry DIR show ENTITY}: an entity's names, knowledge-base id and mentions across the corpus. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = {
            "Show an entity: its names, knowledge-base id, the ids it took over, and every mention linked to it",
            "(document, annotator, offsets, covered text), flagging mentions that look linked to the wrong person."})
    static final class Show extends RegistryAction {

        @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity's id, or a name only it has.")
        private String ref;

        /** Prints the entity and its mentions. */
        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (CorpusStore store = parent.open(CorpusStore.Mode.READ, "attest registry show")) {
                EntityRegistry registry = new EntityRegistry(store.corpus());
                Entity e = RegistryCommand.entity(registry, ref, parent.dir);
                out.printf("%s (%s)%n", RegistryCommand.describe(e), e.getType() == null ? "no type" : e.getType());
                if (e.getKnowledgeBaseId() != null) {
                    String id = e.getKnowledgeBaseId();
                    out.printf("  knowledge base: %s%s%n", id,
                            id.matches("Q[0-9]+") ? "  https://www.wikidata.org/wiki/" + id : "");
                }
                out.printf("  aliases: %s%n", e.getAliases().isEmpty() ? "none" : String.join(", ", e.getAliases()));
                if (!e.getMergedIds().isEmpty()) {
                    out.printf("  took over: %s%n", String.join(", ", e.getMergedIds()));
                }
                CorpusMentions mentions = CorpusMentions.read(store,
                        m -> spec.commandLine().getErr().println("  ... " + m));
                List<Mention> of = mentions.of(e, registry);
                out.printf("  mentions: %d in %d document(s)%n", of.size(),
                        of.stream().map(Mention::document).distinct().count());
                for (Mention m : of) {
                    String suspect = WrongLinks.check(m, e).map(s -> "  (suspect: given name '" + s.given() + "', not "
                            + String.join(" or ", s.entityGiven()) + ")").orElse("");
                    out.printf("    %-24s %-10s %-7s [%d,%d) \"%s\"  %s%s%n", m.document(), m.annotator(), m.layer(),
                            m.begin(), m.end(), m.text(),
                            RegistryCommand.ref(m), suspect);
                }
                mentions.unreadable().forEach(u -> spec.commandLine().getErr().println("attest: not read: " + u));
            }
            return Cli.OK;
        }
    }

    /**
     * {@code attest registry DIR duplicates}: pairs of entities whose names are alike, with the mentions behind each.
     */
    @Command(name = "duplicates", mixinStandardHelpOptions = true, description = {
            "Suggest entities that may be one: pairs whose names, transliterated, are alike (Jaro-Winkler),",
            "best first, with the mentions behind each; merge a pair with 'attest registry DIR merge KEEP GONE'."})
    static final class Duplicates extends RegistryAction {

        @Option(names = "--threshold", paramLabel = "X", description = "The similarity a pair needs, from 0 to 1 (default: 0.9).")
        private double threshold = DuplicateFinder.DEFAULT_THRESHOLD;

        @Option(names = "--limit", paramLabel = "N", description = "Show at most N pairs (default: 20; 0: all).")
        private int limit = 20;

        /** Prints the suggested pairs. */
        @Override
        public Integer call() throws Exception {
            if (threshold < 0 || threshold > 1) {
                throw new IllegalArgumentException(
                        "--threshold " + threshold + " is not a similarity; give a number from 0 to 1, such as 0.9");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (CorpusStore store = parent.open(CorpusStore.Mode.READ, "attest registry duplicates")) {
                EntityRegistry registry = new EntityRegistry(store.corpus());
                CorpusMentions mentions = CorpusMentions.read(store,
                        m -> spec.commandLine().getErr().println("  ... " + m));
                List<DuplicateFinder.Suggestion> pairs = new DuplicateFinder().suggest(store.corpus().getEntities(),
                        mentions.byEntity(registry),
                        threshold, limit);
                for (DuplicateFinder.Suggestion s : pairs) {
                    out.printf(Locale.ROOT, "%.2f  %s ~ %s: '%s' and '%s'%n", s.score(),
                            RegistryCommand.describe(s.a()),
                            RegistryCommand.describe(s.b()), s.nameA(), s.nameB());
                    backing(out, s.a(), s.mentionsA());
                    backing(out, s.b(), s.mentionsB());
                    out.printf("      merge: attest registry %s merge %s %s%n", parent.dir, s.a().getId(),
                            s.b().getId());
                }
                out.printf(Locale.ROOT, "%d pair(s) at least %.2f alike.%n", pairs.size(), threshold);
            }
            return Cli.OK;
        }

        private static void backing(PrintWriter out, Entity entity, List<Mention> mentions) {
            out.printf("      %s: %d mention(s)%s%n", entity.getId(), mentions.size(), mentions.isEmpty()
                    ? ""
                    : ": " + String.join(", ",
                            mentions.stream().limit(3).map(m -> RegistryCommand.ref(m) + " \"" + m.text() + "\"")
                                    .toList())
                            + (mentions.size() > 3 ? ", ..." : ""));
        }
    }
}
