package org.attest.bench.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the trials of one operation saw: how the kills fell, what recovery said, and any violation. */
public final class Tally {

    final int steps;

    int trials;

    int finishedBeforeKill;

    int interruptedThere;

    int interruptedAbsent;

    int rolledForward;

    int rolledBack;

    int takenOver;

    int gitLocks;

    int reruns;

    final List<String> violations = new ArrayList<>();

    Tally(int steps) {
        this.steps = steps;
    }

    /** Returns the violations found: steps half there, returned steps missing, corpora that do not validate. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** Returns how many trials ran. */
    public int trials() {
        return trials;
    }

    /** Returns how many kills interrupted a step that recovery then finished or rolled back. */
    public int recovered() {
        return rolledForward + rolledBack;
    }

    /** Returns how many kills fell inside a step, which recovery left wholly there or wholly absent. */
    public int interrupted() {
        return interruptedThere + interruptedAbsent;
    }

    void count(List<String> notes) {
        for (String note : notes) {
            if (note.startsWith("recovered an interrupted")) {
                rolledForward++;
            } else if (note.startsWith("rolled back an interrupted")) {
                rolledBack++;
            } else if (note.startsWith("took over the corpus")) {
                takenOver++;
            } else if (note.startsWith("removed Git's lock")) {
                gitLocks++;
            }
        }
    }

    /** Formats the tallies as the table the trials print. */
    public static String table(Map<String, Tally> tallies) {
        StringBuilder out = new StringBuilder(
                String.format("%-16s %6s %9s %9s %9s %9s %9s %9s %9s %6s %10s%n", "operation", "trials", "finished",
                        "step-in", "step-out", "forward", "back", "took-over", "git-locks", "reruns", "violations"));
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            out.append(String.format("%-16s %6d %9d %9d %9d %9d %9d %9d %9d %6d %10d%n", e.getKey(), t.trials,
                    t.finishedBeforeKill, t.interruptedThere,
                    t.interruptedAbsent, t.rolledForward, t.rolledBack, t.takenOver, t.gitLocks, t.reruns,
                    t.violations.size()));
        }
        out.append(
                """
                        finished: the child ran every step before the kill; step-in / step-out: the interrupted step was wholly there / wholly
                        absent after recovery; forward / back: recovery notes that finished / rolled back an operation; took-over: a dead
                        writer's lock taken over with nothing half done; git-locks: Git lock files a dead sync left, removed; reruns: the
                        interrupted step run again to its end.
                        """);
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            e.getValue().violations
                    .forEach(v -> out.append("VIOLATION ").append(e.getKey()).append(": ").append(v).append('\n'));
        }
        return out.toString();
    }
}
