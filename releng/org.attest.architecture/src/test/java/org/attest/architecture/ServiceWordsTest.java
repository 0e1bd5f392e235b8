package org.attest.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Services speak in facts and the edges word the fix: no string of a headless bundle spells a command line ("attest
 * unlock DIR", "--force"), since the workbench shows the services' messages to people who have no command line. The
 * command line (org.attest.cli) and the workbench (org.attest.ui*, org.attest.app) word fixes from the exceptions'
 * fields.
 */
class ServiceWordsTest {

    /** A command to type; "attest sync:" names the program in a Git reflog entry, which is not an instruction. */
    private static final Pattern COMMAND = Pattern.compile("\\battest [a-z][a-z-]*\\b(?!:)");

    /** An option to pass, such as "--follow-links". */
    private static final Pattern OPTION = Pattern.compile("(^|[\\s(\\['\"])--[a-z][a-z-]+");

    @Test
    void noHeadlessBundleSpellsACommandOrAnOptionInItsStrings() throws IOException {
        Path root = Path.of(System.getProperty("attest.root", "../..")).toAbsolutePath().normalize();
        List<String> found = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> folders = Files.list(root.resolve("bundles"))) {
            for (Path bundle : folders
                    .filter(f -> Files.isDirectory(f.resolve("src")) && isService(f.getFileName().toString())).sorted()
                    .toList()) {
                try (Stream<Path> files = Files.walk(bundle.resolve("src"))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        scanned++;
                        for (String literal : JavaStrings.of(Files.readString(file))) {
                            if (spellsCommandLine(literal)) {
                                found.add(root.relativize(file) + ": \"" + literal + "\"");
                            }
                        }
                    }
                }
            }
        }
        assertThat(scanned).as("Java files scanned").isGreaterThan(100);
        assertThat(found).as("command-line syntax in services; state the fact and give the exception a typed remedy"
                + " (CorpusException.Remedy, ImportException.Remedy) for the CLI and the workbench to word").isEmpty();
    }

    @Test
    void theRuleCatchesCommandsAndOptionsButNotPlainWordsOrComments() {
        String source = """
                // run 'attest validate DIR' in a comment is fine
                class A { String a = "clear the lock with: attest unlock " + dir; String b = "pass --follow-links if you trust them";
                String c = "attest sync: merge"; String d = "Attest's JSON Lines export"; char q = '"'; String e = "x -- y"; }
                """;

        assertThat(JavaStrings.of(source)).filteredOn(ServiceWordsTest::spellsCommandLine)
                .containsExactly("clear the lock with: attest unlock ", "pass --follow-links if you trust them");
        assertThat(JavaStrings.of(source)).contains("attest sync: merge", "Attest's JSON Lines export", "x -- y");
    }

    private static boolean spellsCommandLine(String literal) {
        return COMMAND.matcher(literal).find() || OPTION.matcher(literal).find();
    }

    private static boolean isService(String bundle) {
        return !bundle.startsWith("org.attest.ui") && !bundle.equals("org.attest.app")
                && !bundle.equals("org.attest.cli");
    }
}
