package org.attest.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The root {@code attest} command: prints help when no sub-command is given. Its model is built here rather than read
 * from annotations, so that {@code attest --version} and a sub-command's run read no annotation of the root: the
 * first annotations a Java reads cost it a proxy class each, made at run time.
 */
public final class AttestCommand implements Callable<Integer> {

    // The sub-commands by name, in the order of the usage. They are not in the annotation: picocli would build the
    // model of each of them, by reflection, at every start, and a run needs one at most (see parser(String...)).
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private CommandSpec spec;

    /** Prints the usage, because a bare {@code attest} has nothing to do. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.OK;
    }

    /** Returns the parser of the whole command line, with every sub-command, as the usage lists them. */
    public static CommandLine parser() {
        CommandLine parser = root();
        SUBCOMMANDS.forEach(parser::addSubcommand);
        return parser;
    }

    /**
     * Returns a parser that reads {@code args} as {@link #parser()} does, with the model of only the sub-command that
     * {@code args} start with, or of none for a bare {@code --version}; any other arguments get the whole parser,
     * because the usage and the suggestions for a mistyped name list every sub-command.
     */
    public static CommandLine parser(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return root();
        }
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (named == null) {
            return parser();
        }
        // the root reads nothing before the sub-command's name, so picocli hands every later argument to it alone
        return root().addSubcommand(args[0], named);
    }

    // the root's model, as an annotation with mixinStandardHelpOptions, the version provider, description and footer
    // would give it
    private static CommandLine root() {
        AttestCommand command = new AttestCommand();
        command.spec = CommandSpec.wrapWithoutInspection(command).name("attest").versionProvider(new AttestVersion());
        command.spec.usageMessage()
                .description("Attest: annotate news for entities, claims and their sources; measure agreement, curate,"
                        + " export.")
                .footer("", "Run 'attest <command> --help' for the options of a command.");
        command.spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        command.spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return new CommandLine(command.spec);
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("init", InitCommand.class);
        all.put("import", ImportCommand.class);
        all.put("info", InfoCommand.class);
        all.put("annotators", AnnotatorsCommand.class);
        all.put("schema", SchemaCommand.class);
        all.put("validate", ValidateCommand.class);
        all.put("unlock", UnlockCommand.class);
        all.put("registry", RegistryCommand.class);
        all.put("agreement", AgreementCommand.class);
        all.put("merge", MergeCommand.class);
        all.put("curation", CurationCommand.class);
        all.put("export", ExportCommand.class);
        all.put("clone", CloneCommand.class);
        all.put("publish", PublishCommand.class);
        all.put("sync", SyncCommand.class);
        all.put("status", StatusCommand.class);
        all.put("history", HistoryCommand.class);
        all.put("conflicts", ConflictsCommand.class);
        all.put("claims", ClaimsCommand.class);
        all.put("suggest", SuggestCommand.class);
        all.put("search", SearchCommand.class);
        all.put("demo", DemoCommand.class);
        return Collections.unmodifiableMap(all);
    }
}
