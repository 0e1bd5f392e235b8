package org.attest.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the bundles, read from their manifests: every arrow runs down a floor, and headless means
 * headless.
 */
class BundleRulesTest {

    private static Path root;
    private static Map<String, Integer> floors;
    private static Map<String, Manifest> bundles;

    @BeforeAll
    static void readTheHouse() throws IOException {
        root = Path.of(System.getProperty("attest.root", "../..")).toAbsolutePath().normalize();
        floors = Layers.read(root.resolve("releng/org.attest.architecture/layers.txt"));
        bundles = new TreeMap<>();
        try (Stream<Path> folders = Files.list(root.resolve("bundles"))) {
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve("META-INF/MANIFEST.MF"))).sorted()
                    .toList()) {
                bundles.put(folder.getFileName().toString(), Manifest.read(folder.resolve("META-INF/MANIFEST.MF")));
            }
        }
    }

    @Test
    void everyBundleFolderIsNamedAfterItsBundleAndHasAFloor() {
        assertThat(bundles).isNotEmpty();
        bundles.forEach((folder, manifest) -> {
            assertThat(manifest.symbolicName()).as("Bundle-SymbolicName of bundles/" + folder).isEqualTo(folder);
            assertThat(floors)
                    .as("bundles/" + folder + " has no floor in releng/org.attest.architecture/layers.txt: give it one")
                    .containsKey(folder);
        });
        assertThat(bundles.keySet()).as("bundles named in layers.txt").containsAll(floors.keySet());
    }

    @Test
    void everyBundleUsesOnlyBundlesOnLowerFloors() {
        List<String> backArrows = new ArrayList<>();
        bundles.forEach((name, manifest) -> {
            for (String used : manifest.attestBundlesUsed(bundles.keySet())) {
                if (!used.equals(name) && floors.get(used) >= floors.get(name)) {
                    backArrows.add(name + " (floor " + floors.get(name) + ") uses " + used + " (floor "
                            + floors.get(used) + ")");
                }
            }
        });
        assertThat(backArrows).as("arrows that do not run down a floor; move the code or the bundle (layers.txt)")
                .isEmpty();
    }

    @Test
    void headlessBundlesRequireNoUserInterface() {
        List<String> found = new ArrayList<>();
        bundles.forEach((name, manifest) -> {
            if (!isUi(name)) {
                for (String used : manifest.everythingUsed()) {
                    if (used.startsWith("org.eclipse.swt") || used.startsWith("org.eclipse.jface")
                            || used.startsWith("org.eclipse.ui")
                            || used.startsWith("org.attest.ui") || used.equals("org.attest.app")) {
                        found.add(name + " uses " + used);
                    }
                }
            }
        });
        assertThat(found).as("user interface in headless bundles; put it into an org.attest.ui* bundle").isEmpty();
    }

    @Test
    void everyBundleSaysWhatItOwnsInAPackageInfo() throws IOException {
        List<String> silent = new ArrayList<>();
        for (String name : bundles.keySet()) {
            try (Stream<Path> files = Files.walk(root.resolve("bundles").resolve(name).resolve("src"))) {
                if (files.noneMatch(f -> f.getFileName().toString().equals("package-info.java"))) {
                    silent.add(name);
                }
            }
        }
        assertThat(silent).as("bundles without a package-info.java saying what they own and what they may use")
                .isEmpty();
    }

    @Test
    void theRulesThemselvesCatchABackArrow() {
        Manifest core = new Manifest("org.attest.core", List.of("org.attest.model", "org.attest.ui"),
                List.of("org.attest.ui.editor"));

        assertThat(core.attestBundlesUsed(List.of("org.attest.model", "org.attest.ui", "org.attest.core")))
                .containsExactly("org.attest.model",
                        "org.attest.ui");
        assertThat(floors.get("org.attest.ui")).isGreaterThan(floors.get("org.attest.core"));
        assertThat(core.everythingUsed()).contains("org.attest.ui.editor");
    }

    private static boolean isUi(String bundle) {
        return bundle.startsWith("org.attest.ui") || bundle.equals("org.attest.app");
    }
}
