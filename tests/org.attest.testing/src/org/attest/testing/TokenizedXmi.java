package org.attest.testing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/**
 * A news text tokenized as DKPro Core and INCEpTION write it: an XMI with DKPro Token, Sentence, NamedEntity and POS
 * annotations and its type system, whose tokens ICU would split ("Euro-style", "São Paulo", "1,200-strong").
 */
public final class TokenizedXmi {

    /** DKPro Core's token type. */
    public static final String TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";

    /** DKPro Core's sentence type. */
    public static final String SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence";

    /** DKPro Core's named entity type. */
    public static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";

    /** DKPro Core's part-of-speech type, which Attest has no layer for. */
    public static final String POS = "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS";

    /** The tokens of each sentence, as the source fixed them. */
    public static final List<List<String>> SENTENCES = List.of(
            List.of("Euro-style", "rules", "reach", "Zürich", "and", "São Paulo", "."),
            List.of("The", "1,200-strong", "crowd", "cheered", "."));

    /** The named entities, by their token, with DKPro's label. */
    public static final Map<String, String> ENTITIES = Map.of("Zürich", "LOC", "São Paulo", "LOC");

    private TokenizedXmi() {
    }

    /** Returns the text: the tokens with a space between them, none before a full stop. */
    public static String text() {
        StringBuilder text = new StringBuilder();
        for (String token : tokens()) {
            if (!text.isEmpty() && !".".equals(token)) {
                text.append(' ');
            }
            text.append(token);
        }
        return text.toString();
    }

    /** Returns every token of the text in order. */
    public static List<String> tokens() {
        return SENTENCES.stream().flatMap(List::stream).toList();
    }

    /**
     * Writes {@code name} and {@code TypeSystem.xml} into {@code dir}, the tokens, sentences, entities and a POS tag on
     * each token, and returns the XMI file.
     */
    public static Path write(Path dir, String name) throws Exception {
        TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        types.addType(TOKEN, null, CAS.TYPE_NAME_ANNOTATION);
        types.addType(SENTENCE, null, CAS.TYPE_NAME_ANNOTATION);
        types.addType(NAMED_ENTITY, null, CAS.TYPE_NAME_ANNOTATION).addFeature("value", null, CAS.TYPE_NAME_STRING);
        types.addType(POS, null, CAS.TYPE_NAME_ANNOTATION).addFeature("PosValue", null, CAS.TYPE_NAME_STRING);
        CAS cas = CasCreationUtils.createCas(types, null, null);
        String text = text();
        cas.setDocumentText(text);
        int at = 0;
        for (List<String> sentence : SENTENCES) {
            int sentenceBegin = -1;
            for (String token : sentence) {
                int begin = text.indexOf(token, at);
                at = begin + token.length();
                sentenceBegin = sentenceBegin < 0 ? begin : sentenceBegin;
                add(cas, TOKEN, begin, at, null, null);
                add(cas, POS, begin, at, "PosValue", ".".equals(token) ? "PUNCT" : "X");
                if (ENTITIES.containsKey(token)) {
                    add(cas, NAMED_ENTITY, begin, at, "value", ENTITIES.get(token));
                }
            }
            add(cas, SENTENCE, sentenceBegin, at, null, null);
        }
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve("TypeSystem.xml"))) {
            types.toXML(out);
        }
        Path xmi = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(xmi)) {
            XmiCasSerializer.serialize(cas, out);
        }
        return xmi;
    }

    /** Returns the covered texts of the annotations of {@code typeName} in {@code cas}, in index order. */
    public static List<String> covered(CAS cas, String typeName) {
        List<String> covered = new ArrayList<>();
        for (AnnotationFS annotation : cas.getAnnotationIndex(cas.getTypeSystem().getType(typeName))) {
            covered.add(annotation.getCoveredText());
        }
        return covered;
    }

    private static void add(CAS cas, String typeName, int begin, int end, String feature, String value) {
        Type type = cas.getTypeSystem().getType(typeName);
        AnnotationFS annotation = cas.createAnnotation(type, begin, end);
        if (feature != null) {
            annotation.setStringValue(type.getFeatureByBaseName(feature), value);
        }
        cas.addFsToIndexes(annotation);
    }
}
