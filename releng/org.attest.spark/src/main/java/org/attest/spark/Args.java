package org.attest.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arguments of a job: positional values and {@code --name value} options, checked against what the job knows. */
final class Args {

    private final String job;
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    private Args(String job) {
        this.job = job;
    }

    /** Parses {@code args} of job {@code job}, which takes the options {@code known} (each followed by a value). */
    static Args parse(String job, String[] args, Set<String> known) {
        Args result = new Args(job);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                if (!known.contains(a)) {
                    throw new IllegalArgumentException(
                            "attest spark " + job + ": unknown option " + a + "; it takes " + String.join(", ", known));
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("attest spark " + job + ": " + a + " needs a value");
                }
                result.options.put(a, args[++i]);
            } else {
                result.positional.add(a);
            }
        }
        return result;
    }

    /** Returns the positional arguments in order. */
    List<String> positional() {
        return positional;
    }

    /** Returns option {@code name}'s value, or {@code fallback} when it was not given. */
    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** Returns option {@code name} as a whole number from {@code min}, or {@code fallback} when not given. */
    int number(String name, int fallback, int min) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new IllegalArgumentException(
                "attest spark " + job + ": " + name + " takes a whole number from " + min + ", not '" + value + "'");
    }

    /** Fails naming the usage unless there are at least {@code min} positional arguments. */
    Args require(int min, String usage) {
        if (positional.size() < min) {
            throw new IllegalArgumentException("usage: attest spark " + job + " " + usage);
        }
        return this;
    }
}
