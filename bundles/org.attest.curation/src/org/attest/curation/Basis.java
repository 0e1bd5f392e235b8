package org.attest.curation;

import java.util.List;
import java.util.stream.Collectors;

import org.attest.diff.Configuration;

/** Writes what the annotators had at a position as one stable line, so a later change of their work can be noticed. */
final class Basis {

    private Basis() {
    }

    /** Returns the configurations with their annotators, in a fixed order, e.g. {@code ORG=anna,ben | PER=carl}. */
    static String of(List<Configuration> configurations) {
        return configurations.stream().map(c -> describe(c) + "=" + String.join(",", c.annotators())).sorted()
                .collect(Collectors.joining(" | "));
    }

    /**
     * Returns a configuration's label and features as a reader sees them, e.g. {@code NUMERIC {unit=people, value=40}}.
     */
    static String describe(Configuration configuration) {
        return configuration.features().isEmpty()
                ? configuration.label()
                : configuration.label() + " " + configuration.features();
    }
}
