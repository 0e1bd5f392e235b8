package org.attest.curation;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.curation.GoldCas.MissingEndpointException;
import org.attest.diff.CasDiff;
import org.attest.diff.Configuration;
import org.attest.diff.Position;
import org.attest.model.DecisionOrigin;
import org.attest.model.Document;
import org.attest.model.GoldDecision;
import org.attest.model.Schema;
import org.attest.model.Verdict;
import org.attest.store.CorpusException;

/**
 * A reviewer's decisions on one document's positions: each changes the gold in memory and is recorded in the decision
 * log.
 */
final class ReviewerDecisions {

    private final Schema schema;
    private final Document document;
    private final SortedMap<String, CAS> cases;
    private final GoldCas gold;
    private final DecisionLog log;

    ReviewerDecisions(Schema schema, Document document, SortedMap<String, CAS> cases, GoldCas gold, DecisionLog log) {
        this.schema = schema;
        this.document = document;
        this.cases = cases;
        this.gold = gold;
        this.log = log;
    }

    /** Puts {@code annotator}'s version of {@code item} into the gold. */
    GoldDecision take(QueueItem item, String annotator, String comment) throws CorpusException {
        Position position = item.position();
        Configuration chosen = item.configurationOf(annotator);
        if (chosen == null) {
            throw new CorpusException("'" + annotator + "' has no annotation at " + position + " in '"
                    + document.getId() + "'; take one of "
                    + item.configurations().stream().flatMap(c -> c.annotators().stream()).toList() + " or reject it");
        }
        put(position, gold.find(cases.get(annotator), position, chosen), Map.of());
        return record(item, Verdict.ACCEPTED, Basis.describe(chosen), chosen.annotators(), comment);
    }

    /**
     * Decides that {@code item} holds no annotation in the gold, dropping the decisions of what its removal takes
     * along.
     */
    GoldDecision reject(QueueItem item, String comment) {
        Map<Position, GoldDecision> decisions = log.byPosition();
        for (Position removed : gold.remove(item.position())) {
            log.remove(decisions.get(removed));
        }
        return record(item, Verdict.REJECTED, "(no annotation)", item.missing(), comment);
    }

    /**
     * Puts the current gold annotation at {@code item} (else the most supported annotator's) with {@code values}
     * changed.
     */
    GoldDecision edit(QueueItem item, Map<String, Object> values, String comment) throws CorpusException {
        Position position = item.position();
        List<AnnotationFS> current = gold.at(position);
        AnnotationFS base;
        if (!current.isEmpty()) {
            base = current.get(0);
        } else if (!item.configurations().isEmpty()) {
            Configuration top = item.configurations().get(0);
            base = gold.find(cases.get(top.annotators().first()), position, top);
        } else {
            throw new CorpusException(
                    position + " is neither in the gold nor annotated by anyone; there is nothing to edit");
        }
        AnnotationFS edited = put(position, base, values);
        Configuration result = null;
        for (Configuration c : item.configurations()) {
            if (CasDiff.holds(schema, position.layer(), edited, c)) {
                result = c;
            }
        }
        SortedSet<String> supporters = result == null ? new TreeSet<>() : result.annotators();
        return record(item, result == null ? Verdict.EDITED : Verdict.ACCEPTED, describe(edited, position), supporters,
                comment);
    }

    /** Confirms the decision at a changed {@code item} as it stands, recording what the annotators have there now. */
    GoldDecision keep(QueueItem item, String comment) throws CorpusException {
        GoldDecision previous = item.decision();
        if (previous == null) {
            throw new CorpusException(
                    item.position() + " has no decision to keep; take an annotator's version, edit or reject it");
        }
        return record(item, previous.getVerdict(), previous.getValue(), new TreeSet<>(previous.getSupporters()),
                comment == null ? previous.getComment() : comment);
    }

    private AnnotationFS put(Position position, AnnotationFS source, Map<String, Object> values)
            throws CorpusException {
        try {
            return gold.replace(source, position, values);
        } catch (MissingEndpointException e) {
            throw new CorpusException("cannot put " + position + " into the gold: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CorpusException("cannot put " + position + " into the gold: " + e.getMessage(), e);
        }
    }

    private GoldDecision record(QueueItem item, Verdict verdict, String value, SortedSet<String> supporters,
            String comment) {
        return log.add(item.position(), verdict, value, supporters, Basis.of(item.configurations()), comment,
                DecisionOrigin.REVIEWER, null);
    }

    private String describe(AnnotationFS fs, Position position) {
        for (Configuration c : CasDiff.compare(schema, Map.of("gold", gold.cas()), position.layer())
                .configurations(position)) {
            if (CasDiff.holds(schema, position.layer(), fs, c)) {
                return Basis.describe(c);
            }
        }
        return position.layer();
    }
}
