package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.cli.AttestCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The parser a run gets holds the model of only the sub-command it names, and that model is the one the whole parser
 * (what the usage and the README reference are checked against) has.
 */
class AttestCommandTest {

    private final CommandLine all = AttestCommand.parser();

    @Test
    void everySubCommandIsRegisteredUnderTheNameItsAnnotationGives() {
        assertThat(all.getSubcommands()).hasSizeGreaterThan(20).allSatisfy((name, sut) -> assertThat(
                sut.getCommandSpec().userObject().getClass().getAnnotation(Command.class).name()).isEqualTo(name));
    }

    @Test
    void aRunThatNamesASubCommandFirstGetsTheModelOfThatOneAlone() {
        CommandLine sut = AttestCommand.parser("info", "corpus");

        assertThat(sut.getSubcommands()).containsOnlyKeys("info");
        assertThat(AttestCommand.parser("curation", "corpus", "status").getSubcommands().get("curation")
                .getSubcommands()).containsKeys("status", "decide");
    }

    @Test
    void aBareVersionGetsNoSubCommandAndEverythingElseGetsThemAll() {
        assertThat(AttestCommand.parser("--version").getSubcommands()).isEmpty();
        assertThat(AttestCommand.parser("-V").getSubcommands()).isEmpty();
        assertThat(AttestCommand.parser().getSubcommands()).hasSameSizeAs(all.getSubcommands());
        assertThat(AttestCommand.parser("--help").getSubcommands()).hasSameSizeAs(all.getSubcommands());
        assertThat(AttestCommand.parser("infoo", "corpus").getSubcommands()).hasSameSizeAs(all.getSubcommands());
        assertThat(AttestCommand.parser("--version", "info").getSubcommands()).hasSameSizeAs(all.getSubcommands());
    }

    @Test
    void theModelOfASubCommandAloneHasTheUsageOfTheWholeParsersModel() {
        all.getSubcommands().forEach((name, whole) -> {
            CommandLine sut = AttestCommand.parser(name).getSubcommands().get(name);

            assertThat(sut.getUsageMessage()).as("attest " + name + " --help").isEqualTo(whole.getUsageMessage());
            assertThat(sut.getCommandSpec().parent().name()).isEqualTo("attest");
        });
    }
}
