package org.attest.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;

import org.attest.diff.Position;
import org.attest.model.CorpusFactory;
import org.attest.model.CurationRecord;
import org.attest.model.DecisionOrigin;
import org.attest.model.GoldDecision;
import org.attest.model.Verdict;

/** The decisions of one document's curation record, by position, and the reviewer's hold on it. */
final class DecisionLog {

    private final CurationRecord record;
    private final String reviewer;

    DecisionLog(CurationRecord record, String reviewer) {
        this.record = record;
        this.reviewer = reviewer;
    }

    /** Returns the decisions by the position each covers. */
    Map<Position, GoldDecision> byPosition() {
        Map<Position, GoldDecision> map = new HashMap<>();
        for (GoldDecision decision : record.getDecisions()) {
            map.put(position(decision), decision);
        }
        return map;
    }

    /** Returns the decisions in document order. */
    List<GoldDecision> sorted() {
        List<GoldDecision> list = new ArrayList<>(record.getDecisions());
        list.sort(Comparator.comparing(DecisionLog::position));
        return list;
    }

    /**
     * Records a decision at {@code position}, replacing any earlier one there; a reviewer's decision takes the hold.
     */
    GoldDecision add(Position position, Verdict verdict, String value, SortedSet<String> supporters, String basis,
            String comment,
            DecisionOrigin origin, String rule) {
        GoldDecision decision = put(position, verdict, value, supporters, basis, comment, origin, rule, new Date());
        if (origin == DecisionOrigin.REVIEWER) {
            claim();
        }
        return decision;
    }

    /**
     * Records a decision at {@code position} taken at {@code time} like {@link #add}, without taking the hold: for
     * decisions another tool took.
     */
    GoldDecision put(Position position, Verdict verdict, String value, SortedSet<String> supporters, String basis,
            String comment, DecisionOrigin origin, String rule, Date time) {
        GoldDecision previous = byPosition().get(position);
        if (previous != null) {
            record.getDecisions().remove(previous);
        }
        GoldDecision decision = CorpusFactory.eINSTANCE.createGoldDecision();
        decision.setLayer(position.layer());
        decision.setBegin(position.begin());
        decision.setEnd(position.end());
        decision.setToBegin(position.toBegin());
        decision.setToEnd(position.toEnd());
        decision.setVerdict(verdict);
        decision.setValue(value);
        decision.setOrigin(origin);
        decision.setRule(rule);
        decision.getSupporters().addAll(supporters);
        decision.setBasis(basis);
        decision.setTime(time);
        if (origin == DecisionOrigin.REVIEWER) {
            decision.setReviewer(reviewer);
        }
        decision.setComment(comment == null || comment.isBlank() ? null : comment);
        record.getDecisions().add(decision);
        return decision;
    }

    /** Drops {@code decision} (null: nothing) from the record. */
    void remove(GoldDecision decision) {
        record.getDecisions().remove(decision);
    }

    /** Records this log's reviewer as holding the document, unless someone does already. */
    void claim() {
        if (record.getReviewer() == null) {
            record.setReviewer(reviewer);
            record.setReviewerSince(new Date());
        }
    }

    /** Returns the position a decision covers. */
    static Position position(GoldDecision decision) {
        return new Position(decision.getLayer(), decision.getBegin(), decision.getEnd(), decision.getToBegin(),
                decision.getToEnd());
    }

    /** Returns where a position stands given its decision (null: none) and what the annotators have there now. */
    static ItemStatus status(GoldDecision decision, String basis) {
        if (decision == null) {
            return ItemStatus.OPEN;
        }
        if (!Objects.equals(basis, decision.getBasis())) {
            return ItemStatus.CHANGED;
        }
        return decision.getOrigin() == DecisionOrigin.AUTO_MERGE ? ItemStatus.AUTO_MERGED : ItemStatus.DECIDED;
    }
}
