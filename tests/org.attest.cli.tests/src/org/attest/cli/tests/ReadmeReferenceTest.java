package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.attest.cli.AttestCommand;
import org.attest.export.ExportFormats;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's command-line reference has a row for every command and sub-command the parser accepts, each command's
 * rows name every one of its options, and the table of export formats names every format the export service has.
 */
class ReadmeReferenceTest {

    private static String readme() throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("README.md")) || !Files.isDirectory(dir.resolve("bundles"))) {
            dir = dir.getParent();
        }
        return Files.readString(dir.resolve("README.md"));
    }

    private static String reference() throws Exception {
        String text = readme();
        return text.substring(text.indexOf("## Command line reference"), text.indexOf("### Agreement: units"));
    }

    /** Returns every row of {@code reference} that starts with {@code start}, joined. */
    private static String rows(String reference, String start) {
        return reference.lines().filter(l -> l.startsWith(start + " ") || l.startsWith(start + "`"))
                .collect(Collectors.joining("\n"));
    }

    private static boolean namedInHelpOnly(OptionSpec option) {
        return option.usageHelp() || option.versionHelp();
    }

    @Test
    void everyCommandOfTheParserHasARowInTheReference() throws Exception {
        String sut = reference();
        CommandLine parser = AttestCommand.parser();

        assertThat(parser.getSubcommands().keySet()).isNotEmpty()
                .allSatisfy(name -> assertThat(rows(sut, "| `attest " + name)).as("rows of attest " + name)
                        .isNotEmpty());
    }

    @Test
    void everyCommandsRowsNameEachOptionItsParserAccepts() throws Exception {
        String sut = reference();
        AttestCommand.parser().getSubcommands().forEach((name, parser) -> {
            String rows = rows(sut, "| `attest " + name);
            parser.getCommandSpec().options().stream().filter(o -> !namedInHelpOnly(o))
                    .forEach(
                            o -> assertThat(rows).as("README rows of 'attest " + name + "'").contains(o.longestName()));
        });
    }

    @Test
    void everySubcommandHasARowNamingEachOfItsOptions() throws Exception {
        String sut = reference();
        int checked = 0;
        for (CommandLine parent : AttestCommand.parser().getSubcommands().values()) {
            CommandSpec spec = parent.getCommandSpec();
            String labels = spec.positionalParameters().stream().map(p -> " " + p.paramLabel())
                    .collect(Collectors.joining());
            for (var sub : parent.getSubcommands().entrySet()) {
                String command = "attest " + spec.name() + labels + " " + sub.getKey();
                String row = rows(sut, "| `" + command);
                assertThat(row).as("no row for '" + command + "' in the README's reference").isNotEmpty();
                sub.getValue().getCommandSpec().options().stream().filter(o -> !namedInHelpOnly(o))
                        .forEach(o -> assertThat(row).as(command).contains(o.longestName()));
                checked++;
            }
        }
        assertThat(checked).as("sub-commands checked (registry and curation have some)").isGreaterThan(10);
    }

    @Test
    void theTableOfExportFormatsHasARowForEveryFormat() throws Exception {
        String text = readme();
        String sut = text.substring(text.indexOf("### Export formats"), text.indexOf("## Claims and conflicts"));

        assertThat(ExportFormats.names()).isNotEmpty()
                .allSatisfy(format -> assertThat(sut).contains("| `" + format + "` |"));
    }
}
