package org.attest.ui.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.Layers;
import org.attest.curation.CurationSession;
import org.attest.curation.QueueItem;
import org.attest.diff.CasDiff;
import org.attest.diff.Configuration;
import org.attest.diff.Position;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.Verdict;
import org.attest.model.schema.Schemas;
import org.attest.ui.colors.SchemaColor;

/** Builds the lanes of the curation editor from a session: one per compared annotator, numbered, then the gold. */
final class Lanes {

    private Lanes() {
    }

    /**
     * Returns the lanes of {@code layers} in {@code schema}, with the open and rejected items of {@code items} marked
     * in the gold lane.
     */
    static List<Lane> of(CurationSession session, Schema schema, Collection<String> layers, List<QueueItem> items) {
        List<Lane> lanes = new ArrayList<>();
        int key = 1;
        for (String annotator : session.annotators()) {
            lanes.add(lane(annotator, key++, chips(session, schema, session.casOf(annotator), layers)));
        }
        List<Chip> gold = chips(session, schema, session.gold(), layers);
        for (QueueItem item : items) {
            Position p = item.position();
            if (!layers.contains(p.layer())) {
                continue;
            }
            if (item.status().inQueue()) {
                gold.add(new Chip(p, p.begin(), p.end(), "?", SchemaColor.fixed("#d00000"), 0, Chip.Kind.OPEN));
            } else if (item.decision() != null && item.decision().getVerdict() == Verdict.REJECTED) {
                gold.add(new Chip(p, p.begin(), p.end(), "\u2717", SchemaColor.fixed(SchemaColor.GREY), 0,
                        Chip.Kind.REJECTED));
            }
        }
        lanes.add(lane("gold", 0, gold));
        return lanes;
    }

    // Stacks overlapping chips on rows, longer first at the same begin, as the annotation editor stacks its bars.
    private static Lane lane(String name, int key, List<Chip> chips) {
        chips.sort(Comparator.comparingInt(Chip::begin).thenComparing(Comparator.comparingInt(Chip::end).reversed()));
        List<Integer> rowEnds = new ArrayList<>();
        List<Chip> placed = new ArrayList<>(chips.size());
        for (Chip chip : chips) {
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > chip.begin()) {
                row++;
            }
            int end = Math.max(chip.end(), chip.begin() + 1);
            if (row == rowEnds.size()) {
                rowEnds.add(end);
            } else {
                rowEnds.set(row, end);
            }
            placed.add(chip.at(row));
        }
        return new Lane(name, key, placed, Math.max(1, rowEnds.size()));
    }

    private static List<Chip> chips(CurationSession session, Schema schema, CAS cas, Collection<String> names) {
        List<Chip> chips = new ArrayList<>();
        Layers access = new Layers(cas, schema);
        String text = cas.getDocumentText();
        for (String name : names) {
            Layer layer = Schemas.layer(schema, name).orElse(null);
            if (layer == null) {
                continue;
            }
            boolean relation = layer instanceof RelationLayer;
            List<AnnotationFS> annotations = relation ? access.relations(name) : access.spans(name);
            List<Configuration> configurations = null;
            Position last = null;
            for (AnnotationFS fs : annotations) {
                Position p = CasDiff.positionOf(schema, name, fs);
                if (!p.equals(last)) {
                    configurations = session.diff(name).configurations(p);
                    last = p;
                }
                String label = describe(schema, name, fs, configurations);
                if (label == null) {
                    String plain = access.label(fs);
                    label = plain == null ? name : plain;
                }
                if (relation) {
                    AnnotationFS to = (AnnotationFS) access.value(fs, AttestTypes.RELATION_TO);
                    label = label + " \u2192 " + (to == null ? "?" : ItemTexts.quote(text, to.getBegin(), to.getEnd()));
                }
                chips.add(new Chip(p, p.begin(), p.end(), label, SchemaColor.of(layer, access.label(fs)), 0,
                        Chip.Kind.ANNOTATION));
            }
        }
        return chips;
    }

    // The annotation's values as the diff compares them, so that lanes differ exactly where the annotators do.
    private static String describe(Schema schema, String layer, AnnotationFS fs, List<Configuration> configurations) {
        for (Configuration c : configurations) {
            if (CasDiff.holds(schema, layer, fs, c)) {
                return ItemTexts.version(c);
            }
        }
        return null;
    }
}
