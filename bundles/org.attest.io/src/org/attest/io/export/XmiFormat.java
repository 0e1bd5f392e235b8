package org.attest.io.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.attest.cas.AttestTypes;
import org.attest.cas.Layers;
import org.attest.cas.TypeSystemFactory;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.schema.Schemas;
import org.xml.sax.SAXException;

/**
 * Writes UIMA XMI: per document {@code ID.xmi} with sentences, tokens, spans and relations in the schema's types, and
 * one
 * self-contained {@code TypeSystem.xml}, loadable by plain UIMA; document id and title go into DKPro Core's
 * {@code DocumentMetaData}, as INCEpTION and DKPro Core expect, and the language into the document annotation.
 */
public final class XmiFormat implements ExportFormat {

    /** The name of the type system file written next to the XMI files. */
    public static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";

    /** DKPro Core's document metadata type. */
    public static final String DOCUMENT_METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";

    private static final Set<String> HELD_METADATA = Set.of("id", "title", "language");

    private final Schema schema;
    private final TypeSystemDescription typeSystem;

    /** Creates the format for documents annotated with {@code schema}. */
    public XmiFormat(Schema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.typeSystem = TypeSystemFactory.describe(schema);
        TypeDescription metadata = typeSystem.addType(DOCUMENT_METADATA, "DKPro Core's document metadata",
                CAS.TYPE_NAME_DOCUMENT_ANNOTATION);
        for (String feature : List.of("documentTitle", "documentId", "documentUri", "collectionId",
                "documentBaseUri")) {
            metadata.addFeature(feature, null, CAS.TYPE_NAME_STRING);
        }
        metadata.addFeature("isLastSegment", null, CAS.TYPE_NAME_BOOLEAN);
    }

    /** Returns {@code xmi}. */
    @Override
    public String name() {
        return "xmi";
    }

    /**
     * Writes {@value #TYPE_SYSTEM_FILE} and one {@code ID.xmi} per document into the folder {@code outDir/baseName}.
     */
    @Override
    public void write(List<ExportDocument> docs, Path base, String baseName, ExportReport report) throws IOException {
        Path outDir = baseName == null || baseName.isEmpty() ? base : base.resolve(baseName);
        Files.createDirectories(outDir);
        ByteArrayOutputStream typeSystemXml = new ByteArrayOutputStream();
        try {
            typeSystem.toXML(typeSystemXml);
        } catch (SAXException e) {
            throw new IOException(
                    "Cannot write the type system of schema '" + schema.getName() + "': " + e.getMessage(), e);
        }
        report.file(Files.write(outDir.resolve(TYPE_SYSTEM_FILE), typeSystemXml.toByteArray()));
        for (ExportDocument doc : docs) {
            Path file = outDir.resolve(doc.id() + ".xmi");
            write(cas(doc, report), file);
            report.file(file);
            report.document();
        }
    }

    /** Writes {@code cas} as XMI to {@code file}. */
    public static void write(CAS cas, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XmiCasSerializer.serialize(cas, out);
        } catch (SAXException e) {
            throw new IOException(file + ": cannot serialize the CAS as XMI: " + e.getMessage(), e);
        }
        Files.write(file, out.toByteArray());
    }

    private CAS cas(ExportDocument doc, ExportReport report) throws IOException {
        CAS cas;
        try {
            cas = CasCreationUtils.createCas(typeSystem, null, null);
        } catch (ResourceInitializationException e) {
            throw new IOException("Schema '" + schema.getName() + "' gives no valid type system: " + e.getMessage(), e);
        }
        cas.setDocumentText(doc.text());
        metadata(cas, doc, report);
        for (int[] sentence : doc.sentences()) {
            cas.addFsToIndexes(
                    cas.createAnnotation(cas.getTypeSystem().getType(AttestTypes.SENTENCE), sentence[0], sentence[1]));
        }
        for (int[] token : doc.tokens()) {
            cas.addFsToIndexes(
                    cas.createAnnotation(cas.getTypeSystem().getType(AttestTypes.TOKEN), token[0], token[1]));
        }
        Layers layers = new Layers(cas, schema);
        List<AnnotationFS> spans = new ArrayList<>();
        for (ExportSpan span : doc.spans()) {
            Layer layer = Schemas.layer(schema, span.layer()).orElseThrow(() -> new IOException("Document '" + doc.id()
                    + "' has a span of layer '" + span.layer() + "', which schema '" + schema.getName() + "' lacks"));
            Map<String, Object> plain = new java.util.TreeMap<>(span.features());
            FeatureDefinition label = layer.getLabelFeature();
            if (label != null && span.label() != null) {
                plain.putIfAbsent(label.getName(), span.label());
            }
            plain.keySet().removeIf(name -> isLink(layer, name));
            spans.add(layers.addSpan(span.layer(), span.begin(), span.end(), plain));
        }
        for (int i = 0; i < spans.size(); i++) {
            setLinks(layers, spans.get(i), doc.spans().get(i).layer(), doc.spans().get(i).features(), spans);
        }
        for (ExportRelation relation : doc.relations()) {
            Layer layer = Schemas.layer(schema, relation.layer()).orElseThrow(() -> new IOException("Document '"
                    + doc.id() + "' has a relation of layer '" + relation.layer() + "', which the schema lacks"));
            Map<String, Object> plain = new java.util.TreeMap<>(relation.features());
            plain.keySet().removeIf(name -> isLink(layer, name));
            AnnotationFS fs = layers.addRelation(relation.layer(), spans.get(relation.from()), spans.get(relation.to()),
                    plain);
            setLinks(layers, fs, relation.layer(), relation.features(), spans);
        }
        return cas;
    }

    private void setLinks(Layers layers, AnnotationFS fs, String layerName, Map<String, Object> features,
            List<AnnotationFS> spans) {
        Layer layer = Schemas.layer(schema, layerName).orElseThrow();
        features.forEach((name, value) -> {
            if (isLink(layer, name) && value instanceof Integer index) {
                layers.set(fs, name, spans.get(index));
            }
        });
    }

    private static boolean isLink(Layer layer, String feature) {
        return Schemas.feature(layer, feature).map(f -> f.getKind() == FeatureKind.SPAN_LINK).orElse(false);
    }

    private static void metadata(CAS cas, ExportDocument doc, ExportReport report) {
        Type type = cas.getTypeSystem().getType(DOCUMENT_METADATA);
        cas.removeFsFromIndexes(cas.getDocumentAnnotation());
        AnnotationFS metadata = cas.createAnnotation(type, 0, doc.text().length());
        metadata.setStringValue(type.getFeatureByBaseName("documentId"), doc.id());
        metadata.setStringValue(type.getFeatureByBaseName("documentTitle"), doc.metadata().get("title"));
        String language = doc.metadata().get("language");
        metadata.setStringValue(type.getFeatureByBaseName("language"), language == null ? "x-unspecified" : language);
        cas.addFsToIndexes(metadata);
        doc.metadata().keySet().stream().filter(key -> !HELD_METADATA.contains(key)).forEach(key -> report
                .leftOut("metadata/" + key, "UIMA XMI holds only the id, title and language of a document"));
    }
}
