package org.attest.inception;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.attest.curation.ImportedDecisions;
import org.attest.diff.CasDiff;
import org.attest.diff.Configuration;
import org.attest.diff.DiffResult;
import org.attest.diff.Position;
import org.attest.model.CorpusFactory;
import org.attest.model.CurationRecord;
import org.attest.model.GoldState;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;

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
        ImportedDecisions decisions = new ImportedDecisions(record, REVIEWER, ORIGIN, time);
        List<Layer> layers = new ArrayList<>(schema.getLayers());
        layers.sort(Comparator.comparing(l -> l instanceof RelationLayer));
        for (Layer layer : layers) {
            DiffResult inGold = CasDiff.compare(schema, Map.of(REVIEWER, gold), layer.getName());
            DiffResult annotators = CasDiff.compare(schema, counted, layer.getName());
            for (Position position : inGold.positions()) {
                List<Configuration> theirs = annotators.configurations(position);
                for (Configuration chosen : inGold.configurations(position)) {
                    decisions.accepted(position, chosen, theirs);
                }
            }
        }
        return record;
    }
}
