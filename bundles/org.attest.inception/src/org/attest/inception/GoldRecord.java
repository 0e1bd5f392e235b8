package org.attest.inception;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.uima.cas.CAS;
import org.attest.diff.CasDiff;
import org.attest.diff.Configuration;
import org.attest.diff.DiffResult;
import org.attest.diff.Position;
import org.attest.model.CorpusFactory;
import org.attest.model.CurationRecord;
import org.attest.model.DecisionOrigin;
import org.attest.model.GoldDecision;
import org.attest.model.GoldState;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.Verdict;

/**
 * The curation record of a curated document taken over from INCEpTION: one accepted decision per gold annotation, by
 * the reviewer {@value #REVIEWER} with the comment {@value #ORIGIN}, recording what the finished annotators had at its
 * position then, so that the curation sees it decided (not changed since) and merging keeps it like a reviewer's.
 */
final class GoldRecord {

    /** The reviewer every imported decision names. */
    static final String REVIEWER = "INCEpTION";

    /** The comment every imported decision carries. */
    static final String ORIGIN = "imported from INCEpTION";

    private GoldRecord() {
    }

    /**
     * Returns the record of document {@code id}, whose gold is {@code gold}, against the CASes of the annotators who
     * count ({@code counted}, by name).
     */
    static CurationRecord of(String id, CAS gold, Map<String, CAS> counted, GoldState state, Schema schema,
            Date time) {
        CurationRecord record = CorpusFactory.eINSTANCE.createCurationRecord();
        record.setDocument(id);
        record.setState(state);
        List<Layer> layers = new ArrayList<>(schema.getLayers());
        layers.sort(Comparator.comparing(l -> l instanceof RelationLayer));
        for (Layer layer : layers) {
            DiffResult inGold = CasDiff.compare(schema, Map.of(REVIEWER, gold), layer.getName());
            DiffResult annotators = CasDiff.compare(schema, counted, layer.getName());
            for (Position position : inGold.positions()) {
                List<Configuration> theirs = annotators.configurations(position);
                for (Configuration chosen : inGold.configurations(position)) {
                    SortedSet<String> supporters = theirs.stream().filter(c -> sameValue(c, chosen))
                            .flatMap(c -> c.annotators().stream()).collect(Collectors.toCollection(TreeSet::new));
                    record.getDecisions().add(decision(position, describe(chosen), supporters, basis(theirs), time));
                }
            }
        }
        return record;
    }

    private static boolean sameValue(Configuration a, Configuration b) {
        return a.label().equals(b.label()) && a.features().equals(b.features());
    }

    // the two lines below write a configuration and a position's basis as the curation does (its Basis class), so
    // that a decision imported here reads as decided on what the annotators have, not as changed since
    private static String describe(Configuration c) {
        return c.features().isEmpty() ? c.label() : c.label() + " " + c.features();
    }

    private static String basis(List<Configuration> configurations) {
        return configurations.stream().map(c -> describe(c) + "=" + String.join(",", c.annotators())).sorted()
                .collect(Collectors.joining(" | "));
    }

    private static GoldDecision decision(Position position, String value, SortedSet<String> supporters, String basis,
            Date time) {
        GoldDecision decision = CorpusFactory.eINSTANCE.createGoldDecision();
        decision.setLayer(position.layer());
        decision.setBegin(position.begin());
        decision.setEnd(position.end());
        decision.setToBegin(position.toBegin());
        decision.setToEnd(position.toEnd());
        decision.setVerdict(Verdict.ACCEPTED);
        decision.setValue(value);
        decision.setOrigin(DecisionOrigin.REVIEWER);
        decision.setReviewer(REVIEWER);
        decision.getSupporters().addAll(supporters);
        decision.setBasis(basis);
        decision.setComment(ORIGIN);
        decision.setTime(time);
        return decision;
    }
}
