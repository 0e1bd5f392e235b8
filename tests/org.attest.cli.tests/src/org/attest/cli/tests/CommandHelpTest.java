package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.attest.agreement.Level;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.NoAnnotation;
import org.attest.agreement.table.TableAgreement;
import org.attest.cli.AttestCommand;
import org.attest.cli.Cli;
import org.attest.curation.MergePolicy;
import org.attest.export.ExportFormats;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.Recommenders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's {@code --help}, run through {@link Cli#run}, names every option its parser accepts and every value
 * the services behind its fixed-value options take.
 */
class CommandHelpTest {

    /** Returns the arguments that ask each command and sub-command for its help, e.g. {@code curation DIR status}. */
    static Stream<List<String>> everyCommand() {
        List<List<String>> all = new ArrayList<>();
        collect(AttestCommand.parser().getCommandSpec(), List.of(), all);
        return all.stream();
    }

    private static void collect(CommandSpec spec, List<String> args, List<List<String>> all) {
        all.add(args);
        List<String> before = new ArrayList<>(args);
        // a parent reads its positional parameters before the sub-command's name, so the labels stand in for them
        spec.positionalParameters().forEach(p -> before.add(p.paramLabel()));
        spec.subcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(before);
            next.add(name);
            collect(sub.getCommandSpec(), next, all);
        });
    }

    private static CommandSpec specOf(List<String> args) {
        CommandLine line = AttestCommand.parser();
        for (String arg : args) {
            if (line.getSubcommands().containsKey(arg)) {
                line = line.getSubcommands().get(arg);
            }
        }
        return line.getCommandSpec();
    }

    private static String help(List<String> args) {
        List<String> withHelp = new ArrayList<>(args);
        withHelp.add("--help");
        CommandRun run = CommandRun.of(withHelp.toArray(String[]::new));
        assertThat(run.code()).as("exit code of attest %s --help; stderr: %s", args, run.err()).isEqualTo(Cli.OK);
        return run.out();
    }

    @ParameterizedTest(name = "attest {0} --help")
    @MethodSource("everyCommand")
    void theHelpOfEveryCommandNamesEachOptionAndEachValueItsParserAccepts(List<String> args) {
        String sut = help(args);
        CommandSpec spec = specOf(args);

        assertThat(sut).as("help of attest %s", args).contains("Usage: ");
        spec.options().forEach(option -> {
            assertThat(sut).as("help of attest %s", args).contains(option.longestName());
            if (option.completionCandidates() != null) {
                option.completionCandidates().forEach(value -> assertThat(sut)
                        .as("help of attest %s, %s", args, option.longestName()).contains(value));
            }
        });
        spec.subcommands().keySet().forEach(name -> assertThat(sut).as("help of attest %s", args).contains(name));
    }

    @Test
    void theTreeOfCommandsIsWalkedDownToTheSubcommandsOfSubcommands() {
        List<List<String>> sut = everyCommand().toList();

        assertThat(sut).contains(List.of("export"), List.of("curation", "DIR", "decide"),
                List.of("registry", "DIR", "split"));
    }

    @Test
    void exportHelpNamesEveryFormatTheExportServiceAccepts() {
        String sut = help(List.of("export"));

        assertThat(ExportFormats.names()).contains("brat", "xmi")
                .allSatisfy(format -> assertThat(sut).contains(format));
    }

    @Test
    void agreementHelpNamesEveryMeasureLevelFormatAndTreatmentOfSilence() {
        String sut = help(List.of("agreement"));

        assertThat(sut).contains(AgreementRequest.MEASURES).contains(TableAgreement.MEASURES)
                .contains(lowerCase(Level.values())).contains(lowerCase(NoAnnotation.values()))
                .contains(lowerCase(TableAgreement.Format.values()));
    }

    @Test
    void mergeHelpNamesEveryPolicyAndEachOneParses() {
        String sut = help(List.of("merge"));

        assertThat(sut).contains(MergePolicy.RULES);
        assertThat(MergePolicy.RULES).allSatisfy(rule -> assertThat(MergePolicy.parse(rule.replace("K", "2")).rule())
                .isEqualTo(rule.replace("K", "2")));
    }

    @Test
    void suggestHelpNamesEveryInstalledRecommender() {
        String sut = help(List.of("suggest"));

        assertThat(Recommenders.all()).isNotEmpty()
                .allSatisfy((Recommender r) -> assertThat(sut).contains(r.name()));
    }

    private static List<String> lowerCase(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }
}
