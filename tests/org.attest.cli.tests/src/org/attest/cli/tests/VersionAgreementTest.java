package org.attest.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The build's version, {@code attest --version}, the bundles, the features, the product, the archives' names and the
 * CHANGELOG agree: {@code X-SNAPSHOT} in the poms goes with {@code X.qualifier} elsewhere, a release {@code X} with
 * {@code X}.
 */
class VersionAgreementTest {

    private static final Path ROOT = root();

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("README.md")) || !Files.isDirectory(dir.resolve("bundles"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    private static String first(Pattern pattern, Path file) throws IOException {
        Matcher m = pattern.matcher(Files.readString(ROOT.resolve(file)));
        assertThat(m.find()).as("%s in %s", pattern, file).isTrue();
        return m.group(1);
    }

    /** Returns the build's version from the root pom's parent, as {@code 0.1.0-SNAPSHOT} or {@code 0.1.0}. */
    private static String pomVersion() throws IOException {
        return first(Pattern.compile("<artifactId>org.attest.parent</artifactId>\\s*<version>([^<]+)</version>"),
                Path.of("pom.xml"));
    }

    private static String release() throws IOException {
        return pomVersion().replace("-SNAPSHOT", "");
    }

    /**
     * Returns what the OSGi side must say: {@code X.qualifier} while the pom says {@code X-SNAPSHOT}, else {@code X}.
     */
    private static String osgiVersion() throws IOException {
        return pomVersion().endsWith("-SNAPSHOT") ? release() + ".qualifier" : release();
    }

    @Test
    void everyPomOfTheReactorHasTheBuildsVersion() throws IOException {
        String sut = pomVersion();

        for (String pom : List.of("releng/org.attest.parent/pom.xml", "bundles/pom.xml", "features/pom.xml",
                "tests/pom.xml", "releng/org.attest.product/pom.xml", "releng/org.attest.repository/pom.xml")) {
            String text = Files.readString(ROOT.resolve(pom));
            assertThat(text).as(pom).contains("<version>" + sut + "</version>");
        }
    }

    @Test
    void everyBundleFeatureAndTheProductCarryTheBuildsVersion() throws IOException {
        String sut = osgiVersion();

        try (Stream<Path> bundles = Files.list(ROOT.resolve("bundles"))) {
            for (Path bundle : bundles.filter(Files::isDirectory).toList()) {
                try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
                    assertThat(new Manifest(in).getMainAttributes().getValue("Bundle-Version"))
                            .as("Bundle-Version of %s", bundle.getFileName()).isEqualTo(sut);
                }
            }
        }
        for (String feature : List.of("org.attest.feature", "org.attest.rcp.feature")) {
            assertThat(first(Pattern.compile("<feature[^>]*\\sversion=\"([^\"]+)\""),
                    Path.of("features", feature, "feature.xml"))).as(feature).isEqualTo(sut);
        }
        assertThat(first(Pattern.compile("<product[^>]*\\sversion=\"([^\"]+)\""),
                Path.of("releng/org.attest.product/org.attest.product"))).as("the product").isEqualTo(sut);
    }

    @Test
    void theArchivesAreNamedAfterTheBuildsVersion() throws IOException {
        String sut = Files.readString(ROOT.resolve("releng/org.attest.product/pom.xml"));

        assertThat(sut).contains("<archiveFileName>attest-${project.version}");
    }

    @Test
    void attestVersionPrintsTheVersionOfTheBuild() throws IOException {
        CommandRun sut = CommandRun.of("--version");

        assertThat(sut.code()).isZero();
        String expected = "Attest " + release();
        assertThat(sut.out().lines().findFirst().orElse("")).matches(Pattern.quote(expected) + "(\\.[\\w-]+)?");
    }

    @Test
    void theChangelogHasAnEntryForThisVersionOrForWhatIsUnreleased() throws IOException {
        String sut = Files.readString(ROOT.resolve("CHANGELOG.md"));

        assertThat(sut).containsAnyOf("\n## [" + release() + "]", "\n## [Unreleased]");
    }
}
