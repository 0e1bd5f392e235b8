package org.attest.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root {@code attest} command: prints help when no sub-command is given. */
@Command(name = "attest", mixinStandardHelpOptions = true, versionProvider = AttestVersion.class, description = "Attest: annotate news for entities, claims and their sources; measure agreement, curate, export.", subcommands = {
        InitCommand.class, ImportCommand.class, InfoCommand.class, AnnotatorsCommand.class, SchemaCommand.class,
        ValidateCommand.class, UnlockCommand.class, RegistryCommand.class, AgreementCommand.class, MergeCommand.class,
        CurationCommand.class, ExportCommand.class,
        CloneCommand.class, PublishCommand.class, SyncCommand.class, StatusCommand.class, HistoryCommand.class,
        ConflictsCommand.class,
        ClaimsCommand.class, SuggestCommand.class, SearchCommand.class,
        DemoCommand.class}, footer = {"", "Run 'attest <command> --help' for the options of a command."})
public final class AttestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Prints the usage, because a bare {@code attest} has nothing to do. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.OK;
    }
}
