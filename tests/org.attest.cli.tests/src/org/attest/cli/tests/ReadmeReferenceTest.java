package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.cli.AttestCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's command-line reference names every command the parser accepts, and every option of the team, registry
 * and curation commands.
 */
class ReadmeReferenceTest {

    private static String readme() throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("README.md")) || !Files.isDirectory(dir.resolve("bundles"))) {
            dir = dir.getParent();
        }
        String text = Files.readString(dir.resolve("README.md"));
        return text.substring(text.indexOf("## Command line reference"), text.indexOf("## The corpus on disk"));
    }

    @Test
    void everyCommandOfTheParserHasARowInTheReference() throws Exception {
        String reference = readme();
        CommandLine parser = new CommandLine(new AttestCommand());

        assertThat(parser.getSubcommands().keySet())
                .allSatisfy(name -> assertThat(reference).contains("| `attest " + name));
    }

    @Test
    void theTeamCommandsRowsNameEveryOptionTheirParsersAccept() throws Exception {
        String reference = readme();
        CommandLine parser = new CommandLine(new AttestCommand());
        for (String command : java.util.List.of("clone", "publish", "sync", "status", "history", "conflicts")) {
            String row = reference.lines().filter(l -> l.startsWith("| `attest " + command + " ")).findFirst()
                    .orElseThrow();
            parser.getSubcommands().get(command).getCommandSpec().options().stream()
                    .filter(o -> !o.usageHelp() && !o.versionHelp())
                    .forEach(o -> assertThat(row).as(command).contains(o.longestName()));
        }
    }

    @Test
    void everyRegistryActionHasARowNamingEachOfItsOptions() throws Exception {
        everySubcommandHasARowNamingEachOfItsOptions("registry", action -> "| `attest registry DIR " + action);
    }

    @Test
    void everyCurationSubcommandHasARowNamingEveryOptionItsParserAccepts() throws Exception {
        everySubcommandHasARowNamingEachOfItsOptions("curation", name -> "| `attest curation DIR " + name);
    }

    private static void everySubcommandHasARowNamingEachOfItsOptions(String command,
            java.util.function.UnaryOperator<String> rowStart)
            throws Exception {
        String reference = readme();
        CommandLine parent = new CommandLine(new AttestCommand()).getSubcommands().get(command);

        assertThat(parent.getSubcommands()).isNotEmpty();
        parent.getSubcommands().forEach((name, parser) -> {
            String row = reference.lines().filter(l -> l.startsWith(rowStart.apply(name))).findFirst()
                    .orElseThrow(() -> new AssertionError(
                            "no row for 'attest " + command + " " + name + "' in the README's reference"));
            parser.getCommandSpec().options().stream().filter(o -> !o.usageHelp() && !o.versionHelp())
                    .forEach(o -> assertThat(row).as(command + " " + name).contains(o.longestName()));
        });
    }
}
