package org.attest.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.uima.cas.CAS;
import org.attest.diff.CasDiff;
import org.attest.diff.Configuration;
import org.attest.diff.DiffResult;
import org.attest.diff.Position;
import org.attest.model.GoldDecision;
import org.attest.model.GoldState;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.Verdict;

/**
 * Every position of one document with what the annotators have there and its decision: the items a reviewer works
 * through.
 */
final class CurationQueue {

    private final Map<String, DiffResult> diffs;
    private final SortedSet<String> annotators;
    private final DecisionLog log;

    CurationQueue(Map<String, DiffResult> diffs, SortedSet<String> annotators, DecisionLog log) {
        this.diffs = diffs;
        this.annotators = annotators;
        this.log = log;
    }

    /** Returns every position any annotator annotated or a decision covers, in document order, with its status. */
    List<QueueItem> items() {
        Map<Position, GoldDecision> decisions = log.byPosition();
        List<QueueItem> items = new ArrayList<>();
        for (DiffResult diff : diffs.values()) {
            for (Position position : diff.positions()) {
                List<Configuration> configurations = diff.configurations(position);
                GoldDecision decision = decisions.remove(position);
                SortedSet<String> missing = new TreeSet<>(annotators);
                missing.removeAll(diff.annotatorsAt(position));
                items.add(new QueueItem(position, configurations, missing, decision,
                        DecisionLog.status(decision, Basis.of(configurations))));
            }
        }
        for (Map.Entry<Position, GoldDecision> left : decisions.entrySet()) {
            GoldDecision decision = left.getValue();
            // Nobody has an annotation here any more: a rejection still holds, anything in the gold needs a look.
            ItemStatus status = decision.getVerdict() == Verdict.REJECTED
                    ? DecisionLog.status(decision, decision.getBasis())
                    : DecisionLog.status(decision, "");
            items.add(new QueueItem(left.getKey(), List.of(), new TreeSet<>(annotators), decision, status));
        }
        items.sort(Comparator.comparing(QueueItem::position));
        return items;
    }

    /** Returns the positions a reviewer still has to settle (open or changed since decided), in document order. */
    List<QueueItem> open() {
        return items().stream().filter(i -> i.status().inQueue()).toList();
    }

    /**
     * Returns the diff of every layer of {@code schema} over {@code cases}, by layer name; spans first, so relations
     * are
     * merged after the spans they connect.
     */
    static Map<String, DiffResult> diffs(Schema schema, Map<String, CAS> cases) {
        List<Layer> ordered = new ArrayList<>(schema.getLayers());
        ordered.sort(Comparator.comparing(l -> l instanceof RelationLayer));
        Map<String, DiffResult> diffs = new LinkedHashMap<>();
        for (Layer layer : ordered) {
            diffs.put(layer.getName(), CasDiff.compare(schema, cases, layer.getName()));
        }
        return diffs;
    }

    /**
     * Returns where the curation of {@code document} stands, in gold {@code state}, held by {@code reviewer} (or null).
     */
    DocumentStatus status(String document, GoldState state, String reviewer) {
        List<QueueItem> items = items();
        int[] counts = counts(items);
        return new DocumentStatus(document, state, annotators, items.size(), counts[ItemStatus.values().length],
                counts[ItemStatus.AUTO_MERGED.ordinal()], counts[ItemStatus.DECIDED.ordinal()],
                counts[ItemStatus.OPEN.ordinal()],
                counts[ItemStatus.CHANGED.ordinal()], reviewer);
    }

    // Counts the items by status, and (last) those where every annotator agrees, for a document's status line.
    private int[] counts(List<QueueItem> items) {
        int[] counts = new int[ItemStatus.values().length + 1];
        for (QueueItem item : items) {
            counts[item.status().ordinal()]++;
            if (!annotators.isEmpty() && item.configurations().size() == 1
                    && item.configurations().get(0).annotators().equals(annotators)) {
                counts[ItemStatus.values().length]++;
            }
        }
        return counts;
    }
}
