package org.attest.io.tests;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/**
 * Builds CASes with Attest, DKPro and foreign types and writes them as XMI with their type system, as UIMA tools do.
 */
final class XmiFixture {

    static final String ATTEST = "org.attest.type.";
    static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
    static final String METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";
    static final String LEMMA = "org.example.Lemma";
    static final String TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";
    static final String SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence";

    final TypeSystemDescription typeSystem;
    final CAS cas;

    XmiFixture(String text) throws Exception {
        typeSystem = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        span("Entity", "type", "entity", "confidence");
        TypeDescription claim = span("Claim", "type", "qualifier", "unit", "cluster");
        claim.addFeature("value", null, CAS.TYPE_NAME_DOUBLE);
        span("Source", "type", "entity");
        span("Cue", "type");
        TypeDescription attribution = typeSystem.addType(ATTEST + "Attribution", null, CAS.TYPE_NAME_ANNOTATION);
        attribution.addFeature("from", null, ATTEST + "Claim");
        attribution.addFeature("to", null, ATTEST + "Source");
        attribution.addFeature("cue", null, ATTEST + "Cue");
        TypeDescription via = typeSystem.addType(ATTEST + "Via", null, CAS.TYPE_NAME_ANNOTATION);
        via.addFeature("from", null, ATTEST + "Source");
        via.addFeature("to", null, ATTEST + "Source");
        typeSystem.addType(ATTEST + "Sentence", null, CAS.TYPE_NAME_ANNOTATION);
        typeSystem.addType(ATTEST + "Token", null, CAS.TYPE_NAME_ANNOTATION);
        typeSystem.addType(TOKEN, null, CAS.TYPE_NAME_ANNOTATION);
        typeSystem.addType(SENTENCE, null, CAS.TYPE_NAME_ANNOTATION);
        typeSystem.addType(NAMED_ENTITY, null, CAS.TYPE_NAME_ANNOTATION).addFeature("value", null,
                CAS.TYPE_NAME_STRING);
        TypeDescription metadata = typeSystem.addType(METADATA, null, CAS.TYPE_NAME_DOCUMENT_ANNOTATION);
        for (String feature : new String[]{"documentTitle", "documentId", "documentUri", "collectionId"}) {
            metadata.addFeature(feature, null, CAS.TYPE_NAME_STRING);
        }
        typeSystem.addType(LEMMA, null, CAS.TYPE_NAME_ANNOTATION).addFeature("value", null, CAS.TYPE_NAME_STRING);
        cas = CasCreationUtils.createCas(typeSystem, null, null);
        cas.setDocumentText(text);
    }

    private TypeDescription span(String layer, String... stringFeatures) {
        TypeDescription type = typeSystem.addType(ATTEST + layer, null, CAS.TYPE_NAME_ANNOTATION);
        for (String feature : stringFeatures) {
            type.addFeature(feature, null, CAS.TYPE_NAME_STRING);
        }
        return type;
    }

    /** Adds an annotation of {@code typeName} with string features given as name/value pairs. */
    AnnotationFS add(String typeName, int begin, int end, String... features) {
        Type type = cas.getTypeSystem().getType(typeName);
        AnnotationFS annotation = cas.createAnnotation(type, begin, end);
        for (int i = 0; i < features.length; i += 2) {
            annotation.setStringValue(type.getFeatureByBaseName(features[i]), features[i + 1]);
        }
        cas.addFsToIndexes(annotation);
        return annotation;
    }

    /** Sets the feature {@code name} of {@code fs} to point to {@code target}. */
    static void link(FeatureStructure fs, String name, FeatureStructure target) {
        fs.setFeatureValue(fs.getType().getFeatureByBaseName(name), target);
    }

    /** Replaces the plain document annotation with a DKPro DocumentMetaData carrying id, title and language. */
    void metadata(String id, String title, String language) {
        Type type = cas.getTypeSystem().getType(METADATA);
        cas.removeFsFromIndexes(cas.getDocumentAnnotation());
        AnnotationFS metadata = cas.createAnnotation(type, 0, cas.getDocumentText().length());
        metadata.setStringValue(type.getFeatureByBaseName("documentId"), id);
        metadata.setStringValue(type.getFeatureByBaseName("documentTitle"), title);
        metadata.setStringValue(type.getFeatureByBaseName("language"), language);
        cas.addFsToIndexes(metadata);
    }

    /** Writes {@code name} and {@code TypeSystem.xml} into {@code dir} and returns the XMI file. */
    Path write(Path dir, String name) throws Exception {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve("TypeSystem.xml"))) {
            typeSystem.toXML(out);
        }
        Path xmi = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(xmi)) {
            XmiCasSerializer.serialize(cas, out);
        }
        return xmi;
    }
}
