package org.attest.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The diff of one layer over several annotators' CASes of one document: every position any annotator annotated, in
 * document order, with the configurations found there.
 */
public final class DiffResult {

    private final String layer;
    private final SortedSet<String> annotators;
    private final List<Position> positions;
    private final Map<Position, List<Configuration>> configurations;
    private final List<Stacked> stacked;

    /** Creates a result; {@code configurations} must hold a non-empty list for every position. */
    public DiffResult(String layer, SortedSet<String> annotators, List<Position> positions,
            Map<Position, List<Configuration>> configurations, List<Stacked> stacked) {
        this.layer = Objects.requireNonNull(layer, "layer");
        this.annotators = Collections.unmodifiableSortedSet(new TreeSet<>(annotators));
        List<Position> sorted = new ArrayList<>(positions);
        Collections.sort(sorted);
        this.positions = List.copyOf(sorted);
        this.configurations = Map.copyOf(configurations);
        this.stacked = List.copyOf(stacked);
        for (Position position : this.positions) {
            if (this.configurations.getOrDefault(position, List.of()).isEmpty()) {
                throw new IllegalArgumentException("position " + position + " has no configuration");
            }
        }
    }

    /** Returns the compared layer's name. */
    public String layer() {
        return layer;
    }

    /** Returns the annotators whose CASes were compared, sorted. */
    public SortedSet<String> annotators() {
        return annotators;
    }

    /** Returns every position any annotator annotated, in document order. */
    public List<Position> positions() {
        return positions;
    }

    /**
     * Returns the configurations at {@code position}, most annotators first, then by label; empty for an unknown
     * position.
     */
    public List<Configuration> configurations(Position position) {
        return configurations.getOrDefault(position, List.of());
    }

    /** Returns the identical annotations an annotator stacked on one position, which the diff counted once. */
    public List<Stacked> stacked() {
        return stacked;
    }

    /** Returns whether every compared annotator annotated {@code position} and all chose the same values. */
    public boolean isAgreed(Position position) {
        List<Configuration> found = configurations(position);
        return found.size() == 1 && found.get(0).annotators().equals(annotators);
    }

    /** Returns the annotators who annotated {@code position}, whatever their values, sorted. */
    public SortedSet<String> annotatorsAt(Position position) {
        TreeSet<String> present = new TreeSet<>();
        configurations(position).forEach(c -> present.addAll(c.annotators()));
        return Collections.unmodifiableSortedSet(present);
    }

    /**
     * Returns the label {@code annotator} gave at {@code position}, or empty when it has no annotation there; an
     * annotator with several labels there (stacked annotations) gets the first in label order.
     */
    public Optional<String> labelOf(String annotator, Position position) {
        String label = null;
        for (Configuration configuration : configurations(position)) {
            if (configuration.has(annotator) && (label == null || configuration.label().compareTo(label) < 0)) {
                label = configuration.label();
            }
        }
        return Optional.ofNullable(label);
    }

    /** Returns the first position, in document order, where the annotators differ. */
    public Optional<Position> firstDisagreement() {
        for (Position position : positions) {
            if (!isAgreed(position)) {
                return Optional.of(position);
            }
        }
        return Optional.empty();
    }

    /** Returns the number of positions where every annotator agrees. */
    public int agreedCount() {
        int count = 0;
        for (Position position : positions) {
            if (isAgreed(position)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Groups positions whose (from-)spans overlap, directly or through a chain of overlaps, in document order; the
     * groups are the stretches of text unitizing compares, found in one pass over the sorted positions.
     */
    public List<List<Position>> overlapGroups() {
        List<List<Position>> groups = new ArrayList<>();
        List<Position> current = new ArrayList<>();
        int reach = -1;
        for (Position position : positions) {
            if (!current.isEmpty() && position.begin() >= reach) {
                groups.add(List.copyOf(current));
                current.clear();
                reach = -1;
            }
            current.add(position);
            // An empty span overlaps nothing but must still close its own group.
            reach = Math.max(reach, Math.max(position.end(), position.begin() + 1));
        }
        if (!current.isEmpty()) {
            groups.add(List.copyOf(current));
        }
        return List.copyOf(groups);
    }
}
