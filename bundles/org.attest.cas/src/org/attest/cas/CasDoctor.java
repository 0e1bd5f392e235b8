package org.attest.cas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.Tag;
import org.attest.model.schema.Schemas;

/** Checks a CAS for inconsistencies a file edited by hand or by a faulty tool can have; reports, never repairs. */
public final class CasDoctor {

    private static final int EXCERPT = 40;

    /**
     * Returns every problem of {@code cas} against {@code schema} and the document's {@code expectedText}, in layer
     * order.
     */
    public List<CasProblem> check(CAS cas, Schema schema, String expectedText) {
        List<CasProblem> problems = new ArrayList<>();
        String text = cas.getDocumentText();
        checkText(text, expectedText, problems);
        int length = text == null ? 0 : text.length();
        for (String segmentType : List.of(AttestTypes.SENTENCE, AttestTypes.TOKEN)) {
            Type type = cas.getTypeSystem().getType(segmentType);
            if (type != null) {
                for (AnnotationFS fs : cas.getAnnotationIndex(type)) {
                    checkOffsets(type.getShortName(), fs, text, length, problems);
                }
            }
        }
        Set<FeatureStructure> indexed = indexed(cas);
        for (Layer layer : schema.getLayers()) {
            Type type = cas.getTypeSystem().getType(Schemas.typeName(layer));
            if (type == null) {
                continue;
            }
            for (AnnotationFS fs : cas.getAnnotationIndex(type)) {
                checkOffsets(layer.getName(), fs, text, length, problems);
                checkLinks(indexed, layer, type, fs, text, problems);
                checkTags(layer, type, fs, text, problems);
            }
        }
        return problems;
    }

    private static void checkText(String text, String expected, List<CasProblem> problems) {
        if (expected == null || expected.equals(text)) {
            return;
        }
        if (text == null) {
            problems.add(new CasProblem(CasProblem.Kind.TEXT_MISMATCH, null, 0, 0,
                    "The CAS has no text, but the document has " + expected.length() + " characters"));
            return;
        }
        int at = 0;
        while (at < text.length() && at < expected.length() && text.charAt(at) == expected.charAt(at)) {
            at++;
        }
        problems.add(new CasProblem(CasProblem.Kind.TEXT_MISMATCH, null, at, at, "The CAS text (" + text.length()
                + " characters) differs from the document's source text (" + expected.length()
                + " characters) from offset "
                + at + ": CAS has \"" + excerpt(text, at, at + EXCERPT) + "\", source has \""
                + excerpt(expected, at, at + EXCERPT) + "\""));
    }

    private static void checkOffsets(String layer, AnnotationFS fs, String text, int length,
            List<CasProblem> problems) {
        int begin = fs.getBegin();
        int end = fs.getEnd();
        String where = layer + " [" + begin + "," + end + ")";
        if (begin < 0 || end < 0) {
            problems.add(new CasProblem(CasProblem.Kind.NEGATIVE_OFFSET, layer, begin, end,
                    where + " has a negative offset; offsets start at 0"));
        } else if (begin > end) {
            problems.add(new CasProblem(CasProblem.Kind.INVERTED_SPAN, layer, begin, end,
                    where + " ends before it begins, near \"" + excerpt(text, end, begin) + "\""));
        }
        if (end > length || begin > length) {
            problems.add(new CasProblem(CasProblem.Kind.SPAN_OUTSIDE_TEXT, layer, begin, end,
                    where + " reaches past the end of the text at " + length + "; its text ends with \""
                            + excerpt(text, length - EXCERPT, length) + "\""));
        }
    }

    private static void checkLinks(Set<FeatureStructure> indexed, Layer layer, Type type, AnnotationFS fs, String text,
            List<CasProblem> problems) {
        List<String> links = new ArrayList<>();
        if (type.getFeatureByBaseName(AttestTypes.RELATION_FROM) != null) {
            links.add(AttestTypes.RELATION_FROM);
            links.add(AttestTypes.RELATION_TO);
        }
        for (FeatureDefinition definition : layer.getFeatures()) {
            if (definition.getKind() == FeatureKind.SPAN_LINK) {
                links.add(definition.getName());
            }
        }
        for (String name : links) {
            Feature feature = type.getFeatureByBaseName(name);
            boolean required = name.equals(AttestTypes.RELATION_FROM) || name.equals(AttestTypes.RELATION_TO);
            FeatureStructure target = feature == null ? null : fs.getFeatureValue(feature);
            String where = layer.getName() + " [" + fs.getBegin() + "," + fs.getEnd() + ") \""
                    + excerpt(text, fs.getBegin(), fs.getEnd()) + "\"";
            if (target == null && required) {
                problems.add(
                        new CasProblem(CasProblem.Kind.DANGLING_RELATION, layer.getName(), fs.getBegin(), fs.getEnd(),
                                where + " has no '" + name + "' span; link it or delete the relation"));
            } else if (target != null && !indexed.contains(target)) {
                String span = target instanceof AnnotationFS a
                        ? " " + a.getType().getShortName() + " [" + a.getBegin() + ","
                                + a.getEnd() + ")"
                        : "";
                problems.add(
                        new CasProblem(CasProblem.Kind.DANGLING_RELATION, layer.getName(), fs.getBegin(), fs.getEnd(),
                                where + " links '" + name + "' to a deleted" + span
                                        + " annotation; relink it or delete the link"));
            }
        }
    }

    private static Set<FeatureStructure> indexed(CAS cas) {
        Set<FeatureStructure> indexed = Collections.newSetFromMap(new IdentityHashMap<>());
        FSIterator<FeatureStructure> all = cas.getIndexRepository().getAllIndexedFS(cas.getTypeSystem().getTopType());
        while (all.hasNext()) {
            indexed.add(all.next());
        }
        return indexed;
    }

    private static void checkTags(Layer layer, Type type, AnnotationFS fs, String text, List<CasProblem> problems) {
        for (FeatureDefinition definition : layer.getFeatures()) {
            Feature feature = type.getFeatureByBaseName(definition.getName());
            if (definition.getKind() != FeatureKind.TAGSET || definition.getTagset() == null || feature == null
                    || !feature.getRange().getName().equals(CAS.TYPE_NAME_STRING)) {
                continue;
            }
            String tag = fs.getStringValue(feature);
            Set<String> known = definition.getTagset().getTags().stream().map(Tag::getName).collect(Collectors.toSet());
            if (tag != null && !known.contains(tag)) {
                problems.add(new CasProblem(CasProblem.Kind.UNKNOWN_TAG, layer.getName(), fs.getBegin(), fs.getEnd(),
                        layer.getName() + " [" + fs.getBegin() + "," + fs.getEnd() + ") \""
                                + excerpt(text, fs.getBegin(), fs.getEnd())
                                + "\" has " + definition.getName() + " '" + tag + "', which tagset '"
                                + definition.getTagset().getName() + "' does not have; pick one of "
                                + known.stream().sorted().toList()));
            }
        }
    }

    private static String excerpt(String text, int from, int to) {
        if (text == null) {
            return "";
        }
        int begin = Math.max(0, Math.min(from, text.length()));
        int end = Math.max(begin, Math.min(to, text.length()));
        String excerpt = text.substring(begin, Math.min(end, begin + EXCERPT)).replace('\n', ' ').replace('\r', ' ');
        return end - begin > EXCERPT ? excerpt + "…" : excerpt;
    }
}
