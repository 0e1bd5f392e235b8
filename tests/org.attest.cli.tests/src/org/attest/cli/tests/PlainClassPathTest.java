package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.attest.cli.Cli;
import org.attest.cli.Main;
import org.attest.cli.PlainClassPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The quick start's class path, written from the framework's own wiring, runs the command line without OSGi. */
class PlainClassPathTest {

    private final Bundle cli = FrameworkUtil.getBundle(Cli.class);

    @TempDir
    Path tmp;

    @Test
    void theClosureStartsWithTheCommandLineAndHoldsItsServicesAndLibrariesButNeitherFrameworkNorUi() {
        List<String> sut = PlainClassPath.closure(cli).stream().map(Bundle::getSymbolicName).toList();

        assertThat(sut.get(0)).isEqualTo("org.attest.cli");
        // org.attest.suggest.model is wired to nothing on the path: it contributes the model recommender
        assertThat(sut).contains("org.attest.core", "org.attest.store", "org.attest.sync", "org.attest.cas",
                "org.eclipse.emf.ecore", "org.attest.suggest.model").doesNotHaveDuplicates();
        assertThat(sut).anyMatch(name -> name.contains("picocli")).anyMatch(name -> name.contains("uima"));
        assertThat(sut).doesNotContain("org.eclipse.osgi")
                .noneMatch(name -> name.startsWith("org.eclipse.swt") || name.startsWith("org.attest.ui"));
    }

    @Test
    void aJavaWithoutOsgiCreatesImportsAndDescribesACorpusOnTheWrittenClassPath() throws Exception {
        Path file = tmp.resolve("launch/cli.classpath");
        PlainClassPath.write(file, cli);
        List<String> entries = Files.readAllLines(file);
        assertThat(entries).allMatch(entry -> Files.exists(Path.of(entry)));
        // the signed jars (EMF's) stand on it as copies without their signature files, beside the file
        Path copies = tmp.resolve("launch/cli.classpath.jars");
        assertThat(entries).anyMatch(e -> e.startsWith(copies.toString()) && e.contains("org.eclipse.emf.ecore"));
        for (String entry : entries.stream().filter(e -> e.startsWith(copies.toString())).toList()) {
            try (JarFile copy = new JarFile(entry)) {
                assertThat(copy.stream().map(ZipEntry::getName))
                        .noneMatch(n -> n.matches("(?i)META-INF/[^/]+\\.(SF|RSA|DSA|EC)"));
                assertThat(copy.getEntry("META-INF/services/java.security.Provider")).isNull();
            }
        }
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        Files.writeString(texts.resolve("flood.txt"), "Up to 100 people died, officials said.\n");
        String corpus = tmp.resolve("corpus").toString();

        assertThat(plain(entries, "--version")).startsWith("0|Attest 0.1.0");
        assertThat(plain(entries, "init", corpus)).startsWith("0|").contains("Created corpus 'corpus'");
        assertThat(plain(entries, "import", "--annotator=anna", corpus, texts.toString())).startsWith("0|")
                .contains("1 added");
        assertThat(plain(entries, "info", corpus)).startsWith("0|").contains("1 document(s), 1 annotator(s): anna");
        assertThat(plain(entries, "suggest", "--list", corpus)).startsWith("0|").contains("cues", "figures", "model",
                "registry");
    }

    // runs Main in a new Java on the class path alone and returns "exit code|output"
    private String plain(List<String> classPath, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dattest.home=" + tmp.resolve("home"), "-cp", String.join(File.pathSeparator, classPath),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return process.exitValue() + "|" + output;
    }
}
