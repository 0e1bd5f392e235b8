package org.attest.curation;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

import org.attest.diff.Configuration;
import org.attest.diff.Position;
import org.attest.model.GoldDecision;

/**
 * One position of a document under curation: what each annotator has there, the decision taken (if any) and whether a
 * reviewer still has to look at it.
 *
 * @param position the layer and offsets
 * @param configurations the eligible annotators' configurations there, most supported first; empty when nobody has an
 *     annotation there any more
 * @param missing the eligible annotators with no annotation there
 * @param decision the decision recorded for the position, or null
 * @param status where the position stands
 */
public record QueueItem(Position position, List<Configuration> configurations, SortedSet<String> missing,
        GoldDecision decision,
        ItemStatus status) {

    /** Checks that the parts are present. */
    public QueueItem {
        Objects.requireNonNull(position, "position");
        configurations = List.copyOf(configurations);
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(status, "status");
    }

    /** Returns the configuration {@code annotator} chose here, or null when it has no annotation here. */
    public Configuration configurationOf(String annotator) {
        return configurations.stream().filter(c -> c.has(annotator)).findFirst().orElse(null);
    }
}
