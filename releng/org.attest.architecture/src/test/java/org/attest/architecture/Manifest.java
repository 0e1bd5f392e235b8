package org.attest.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;

/** What one bundle's MANIFEST.MF says it is and uses: the bundles it requires and the packages it imports. */
record Manifest(String symbolicName, List<String> requiredBundles, List<String> importedPackages) {

    /** Reads {@code file}. */
    static Manifest read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Attributes main = new java.util.jar.Manifest(in).getMainAttributes();
            String name = main.getValue("Bundle-SymbolicName");
            return new Manifest(name == null ? null : name.split(";")[0].strip(),
                    names(main.getValue("Require-Bundle")),
                    names(main.getValue("Import-Package")));
        }
    }

    /** Returns every bundle and package named, required or imported. */
    List<String> everythingUsed() {
        List<String> all = new ArrayList<>(requiredBundles);
        all.addAll(importedPackages);
        return all;
    }

    /**
     * Returns the Attest bundles of {@code known} this one uses: required, or owning a package it imports (longest name
     * first).
     */
    Set<String> attestBundlesUsed(Collection<String> known) {
        Set<String> used = new LinkedHashSet<>();
        for (String bundle : requiredBundles) {
            if (known.contains(bundle)) {
                used.add(bundle);
            }
        }
        for (String pkg : importedPackages) {
            known.stream().filter(b -> pkg.equals(b) || pkg.startsWith(b + "."))
                    .max(java.util.Comparator.comparingInt(String::length))
                    .ifPresent(used::add);
        }
        return used;
    }

    // The names of a manifest header's clauses, without their attributes and directives.
    private static List<String> names(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        int depth = 0;
        StringBuilder clause = new StringBuilder();
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                depth ^= 1;
            }
            if (c == ',' && depth == 0) {
                names.add(clause.toString().split(";")[0].strip());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return names;
    }
}
