package org.attest.inception;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.attest.cas.AttestTypes;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;
import org.attest.model.schema.Schemas;
import org.xml.sax.SAXException;

/**
 * An Attest CAS in the type names INCEpTION and DKPro Core use: document metadata, sentences, tokens, the Entity
 * layer's spans as named entities (label in {@code value}) and the other layers as custom layers
 * ({@link CustomLayerCopy}), written as XMI with its type system and as the serialized CAS INCEpTION reads back.
 */
final class DkproCas {

    static final String METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";

    private static final String STRING = CAS.TYPE_NAME_STRING;

    private final TypeSystemDescription types;
    private final Schema schema;
    private final CustomLayerCopy custom;

    /** Creates the converter for CASes of {@code schema}. */
    DkproCas(Schema schema) {
        this.schema = schema;
        this.custom = new CustomLayerCopy(schema, Schemas.layer(schema, DefaultSchema.ENTITY).orElse(null));
        types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        TypeDescription metadata = types.addType(METADATA, "DKPro Core's document metadata",
                CAS.TYPE_NAME_DOCUMENT_ANNOTATION);
        for (String name : new String[]{"documentTitle", "documentId", "documentUri", "collectionId",
                "documentBaseUri"}) {
            metadata.addFeature(name, null, STRING);
        }
        metadata.addFeature("isLastSegment", null, CAS.TYPE_NAME_BOOLEAN);
        types.addType(InceptionLayout.SEGMENTATION_NAMESPACE + "Sentence", "A sentence", CAS.TYPE_NAME_ANNOTATION)
                .addFeature("id", null, STRING);
        types.addType(InceptionLayout.SEGMENTATION_NAMESPACE + "Token", "A token", CAS.TYPE_NAME_ANNOTATION)
                .addFeature("id", null, STRING);
        TypeDescription entity = types.addType(InceptionLayout.NAMED_ENTITY, "A named entity",
                CAS.TYPE_NAME_ANNOTATION);
        entity.addFeature("value", null, STRING);
        entity.addFeature("identifier", null, STRING);
        custom.describe(types);
    }

    /** Returns the project JSON's entries for the layers other than named entities. */
    List<ExportedProject.Layer> customLayers() {
        return custom.projectLayers();
    }

    /** The files of one converted CAS. */
    record Files(byte[] xmi, byte[] typeSystem, byte[] serialized) {
    }

    /**
     * Converts {@code source} of document {@code id}, adding what it leaves out to {@code leftOut} by layer (nothing
     * of a layer of the schema).
     */
    Files convert(CAS source, String id, String title, Map<String, Integer> leftOut) throws IOException {
        CAS cas;
        try {
            cas = CasCreationUtils.createCas(types, null, null);
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException("the fixed DKPro type system always builds a CAS", e);
        }
        String text = source.getDocumentText();
        cas.setDocumentText(text);
        cas.setDocumentLanguage(source.getDocumentLanguage());
        AnnotationFS metadata = cas.createAnnotation(cas.getTypeSystem().getType(METADATA), 0, text.length());
        set(metadata, "documentId", id);
        set(metadata, "documentTitle", title);
        cas.addFsToIndexes(metadata);
        copy(source, AttestTypes.SENTENCE, cas, InceptionLayout.SEGMENTATION_NAMESPACE + "Sentence");
        copy(source, AttestTypes.TOKEN, cas, InceptionLayout.SEGMENTATION_NAMESPACE + "Token");
        Layer entityLayer = Schemas.layer(schema, DefaultSchema.ENTITY).orElse(null);
        Map<FeatureStructure, FeatureStructure> copies = CustomLayerCopy.copies();
        for (Layer layer : schema.getLayers()) {
            Type type = source.getTypeSystem().getType(Schemas.typeName(layer));
            if (type == null || layer != entityLayer) {
                continue;
            }
            Feature label = layer.getLabelFeature() == null
                    ? null
                    : type.getFeatureByBaseName(layer.getLabelFeature().getName());
            Type named = cas.getTypeSystem().getType(InceptionLayout.NAMED_ENTITY);
            for (AnnotationFS fs : source.getAnnotationIndex(type)) {
                AnnotationFS ne = cas.createAnnotation(named, fs.getBegin(), fs.getEnd());
                if (label != null && fs.getFeatureValueAsString(label) != null) {
                    set(ne, "value", fs.getFeatureValueAsString(label));
                }
                cas.addFsToIndexes(ne);
                copies.put(fs, ne);
                for (org.attest.model.FeatureDefinition other : layer.getFeatures()) {
                    // a named entity holds its label only: another value set (a registry link) is counted
                    Feature feature = type.getFeatureByBaseName(other.getName());
                    if (other != layer.getLabelFeature() && feature.getRange().isStringOrStringSubtype()
                            && fs.getStringValue(feature) != null) {
                        leftOut.merge(layer.getName() + " " + other.getName(), 1, Integer::sum);
                    }
                }
            }
        }
        custom.copy(source, cas, copies);
        return new Files(xmi(cas), typeSystem(), serialized(cas));
    }

    private static void copy(CAS source, String from, CAS target, String to) {
        Type fromType = source.getTypeSystem().getType(from);
        Type toType = target.getTypeSystem().getType(to);
        for (AnnotationFS fs : source.<AnnotationFS>getAnnotationIndex(fromType)) {
            target.addFsToIndexes(target.createAnnotation(toType, fs.getBegin(), fs.getEnd()));
        }
    }

    // an unset value stays unset: no feature is written for it
    private static void set(AnnotationFS fs, String feature, String value) {
        if (value != null) {
            fs.setStringValue(fs.getType().getFeatureByBaseName(feature), value);
        }
    }

    private static byte[] xmi(CAS cas) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XmiCasSerializer.serialize(cas, out);
        } catch (SAXException e) {
            throw new IOException("cannot write XMI: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private byte[] typeSystem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            types.toXML(out);
        } catch (SAXException e) {
            throw new IOException("cannot write the type system: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static byte[] serialized(CAS cas) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CasIOUtils.save(cas, out, SerialFormat.SERIALIZED_TSI);
        return out.toByteArray();
    }
}
