package org.attest.inception;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.attest.io.Article;
import org.attest.io.RelationRecord;
import org.attest.io.SpanRecord;
import org.attest.model.CorpusFactory;
import org.attest.model.CurationRecord;
import org.attest.model.DecisionOrigin;
import org.attest.model.GoldDecision;
import org.attest.model.GoldState;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.Verdict;
import org.attest.model.schema.Schemas;

/**
 * The curation record of a curated document taken over from INCEpTION: one accepted decision per gold annotation, each
 * saying it was imported from INCEpTION, so that merging keeps it like a reviewer's.
 */
final class GoldRecord {

    /** The reviewer every imported decision names. */
    static final String REVIEWER = "INCEpTION";

    /** The comment every imported decision carries. */
    static final String ORIGIN = "imported from INCEpTION";

    private GoldRecord() {
    }

    /** Returns the record of document {@code id}, whose gold holds the annotations of {@code gold}. */
    static CurationRecord of(String id, Article gold, GoldState state, Schema schema, Date time) {
        CurationRecord record = CorpusFactory.eINSTANCE.createCurationRecord();
        record.setDocument(id);
        record.setState(state);
        List<SpanRecord> spans = gold.spans();
        for (SpanRecord span : spans) {
            record.getDecisions().add(decision(span.layer(), span.begin(), span.end(), -1, -1,
                    label(span.features().get(labelName(schema, span.layer()))), time));
        }
        for (RelationRecord relation : gold.relations()) {
            SpanRecord from = spans.get(relation.from());
            SpanRecord to = spans.get(relation.to());
            record.getDecisions().add(decision(relation.layer(), from.begin(), from.end(), to.begin(), to.end(),
                    label(relation.features().get(labelName(schema, relation.layer()))),
                    time));
        }
        return record;
    }

    private static GoldDecision decision(String layer, int begin, int end, int toBegin, int toEnd, String value,
            Date time) {
        GoldDecision decision = CorpusFactory.eINSTANCE.createGoldDecision();
        decision.setLayer(layer);
        decision.setBegin(begin);
        decision.setEnd(end);
        decision.setToBegin(toBegin);
        decision.setToEnd(toEnd);
        decision.setVerdict(Verdict.ACCEPTED);
        decision.setValue(value);
        decision.setOrigin(DecisionOrigin.REVIEWER);
        decision.setReviewer(REVIEWER);
        decision.setComment(ORIGIN);
        decision.setTime(time);
        return decision;
    }

    private static String labelName(Schema schema, String layer) {
        return Schemas.layer(schema, layer).map(Layer::getLabelFeature).map(f -> f.getName()).orElse("");
    }

    // an unset label stays unset: the decision then has no value
    private static String label(Object value) {
        return Optional.ofNullable(value).map(Object::toString).orElse(null);
    }
}
