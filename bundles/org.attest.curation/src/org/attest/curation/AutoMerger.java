package org.attest.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.curation.GoldCas.MissingEndpointException;
import org.attest.diff.Configuration;
import org.attest.diff.DiffResult;
import org.attest.diff.Position;
import org.attest.model.DecisionOrigin;
import org.attest.model.GoldDecision;
import org.attest.model.Verdict;

/**
 * Auto-merge of one document: what a policy settles goes into the gold, earlier auto-merges that no longer hold come
 * out.
 */
final class AutoMerger {

    private final Map<String, DiffResult> diffs;
    private final SortedMap<String, CAS> cases;
    private final GoldCas gold;
    private final DecisionLog log;
    private boolean changed;

    AutoMerger(Map<String, DiffResult> diffs, SortedMap<String, CAS> cases, GoldCas gold, DecisionLog log) {
        this.diffs = diffs;
        this.cases = cases;
        this.gold = gold;
        this.log = log;
    }

    /** Tells whether the last {@link #merge} changed the gold or the record. */
    boolean changed() {
        return changed;
    }

    /** Merges every position {@code policy} settles and no reviewer decided; returns what was merged and what waits. */
    CurationSession.MergeCount merge(MergePolicy policy) {
        int merged = 0;
        int waiting = 0;
        Map<Position, GoldDecision> decisions = log.byPosition();
        for (DiffResult diff : diffs.values()) {
            for (Position position : diff.positions()) {
                List<Configuration> configurations = diff.configurations(position);
                String basis = Basis.of(configurations);
                GoldDecision decision = decisions.get(position);
                if (decision != null
                        && (decision.getOrigin() == DecisionOrigin.REVIEWER || basis.equals(decision.getBasis()))) {
                    continue;
                }
                if (decision != null && !undo(decision, decisions)) {
                    continue;
                }
                Optional<Configuration> pick = policy.pick(configurations, cases.keySet());
                if (pick.isEmpty()) {
                    continue;
                }
                Configuration chosen = pick.get();
                AnnotationFS source = gold.find(cases.get(chosen.annotators().first()), position, chosen);
                try {
                    gold.replace(source, position, Map.of());
                } catch (MissingEndpointException e) {
                    waiting++;
                    continue;
                }
                decisions.put(position,
                        log.add(position, Verdict.ACCEPTED, Basis.describe(chosen), chosen.annotators(), basis, null,
                                DecisionOrigin.AUTO_MERGE, policy.rule()));
                changed = true;
                merged++;
            }
        }
        for (GoldDecision decision : new ArrayList<>(decisions.values())) {
            Position position = DecisionLog.position(decision);
            if (decision.getOrigin() == DecisionOrigin.AUTO_MERGE
                    && diff(position.layer()).configurations(position).isEmpty()) {
                undo(decision, decisions);
            }
        }
        return new CurationSession.MergeCount(merged, waiting);
    }

    private DiffResult diff(String layer) {
        DiffResult diff = diffs.get(layer);
        if (diff == null) {
            throw new IllegalArgumentException(
                    "the schema has no layer '" + layer + "'; its layers are " + diffs.keySet());
        }
        return diff;
    }

    // Takes an auto-merge decision and its gold annotation back, unless a reviewer decided something that depends on
    // it.
    private boolean undo(GoldDecision decision, Map<Position, GoldDecision> decisions) {
        Position position = DecisionLog.position(decision);
        for (Position dependent : gold.dependents(position)) {
            GoldDecision other = decisions.get(dependent);
            if (other != null && other.getOrigin() == DecisionOrigin.REVIEWER) {
                return false;
            }
        }
        for (Position removed : gold.remove(position)) {
            log.remove(decisions.remove(removed));
        }
        decisions.remove(position);
        log.remove(decision);
        changed = true;
        return true;
    }
}
