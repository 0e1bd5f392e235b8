package org.attest.inception;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.attest.io.ImportException;

/**
 * What Attest reads from and writes into INCEpTION's project JSON ({@code exportedproject*.json}): the project name,
 * the source documents with their states, the annotation documents (user and state) and the layers with their features.
 *
 * @param name the project's name
 * @param sourceDocuments the source documents, in the file's order
 * @param annotationDocuments each user's document states
 * @param layers the project's annotation layers
 */
public record ExportedProject(String name, List<SourceDocument> sourceDocuments,
        List<AnnotationDocument> annotationDocuments, List<Layer> layers) {

    /**
     * A source document.
     *
     * @param name its name, which names its file in {@code source/} and its folders in {@code annotation/}
     * @param format INCEpTION's format id, such as {@code text}
     * @param state such as {@code ANNOTATION_IN_PROGRESS} or {@code CURATION_FINISHED}
     */
    public record SourceDocument(String name, String format, String state) {
    }

    /**
     * One user's work on one source document.
     *
     * @param name the source document's name
     * @param user the user's name
     * @param state {@code NEW}, {@code IN_PROGRESS}, {@code FINISHED} or {@code IGNORE}
     */
    public record AnnotationDocument(String name, String user, String state) {
    }

    /**
     * An annotation layer.
     *
     * @param name its UIMA type name, such as {@code webanno.custom.Claim}
     * @param type {@code span}, {@code relation} or {@code chain}
     * @param features its features' names
     * @param attachType the span layer a relation layer attaches to, or {@code null}
     * @param featureTypes the UIMA range of each feature written, by name; a feature absent here is a string
     */
    public record Layer(String name, String type, List<String> features, String attachType,
            Map<String, String> featureTypes) {

        /** Copies the lists. */
        public Layer {
            features = List.copyOf(features);
            featureTypes = Map.copyOf(featureTypes);
        }

        /** Creates a layer attached to none whose features are strings. */
        public Layer(String name, String type, List<String> features) {
            this(name, type, features, null, Map.of());
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Copies the lists. */
    public ExportedProject {
        sourceDocuments = List.copyOf(sourceDocuments);
        annotationDocuments = List.copyOf(annotationDocuments);
        layers = List.copyOf(layers);
    }

    /** Reads the project JSON {@code bytes}, named {@code where} in messages. */
    public static ExportedProject parse(String where, byte[] bytes) throws ImportException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new ImportException(where + " is not JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "); export the project again from INCEpTION", e);
        }
        if (root == null || !root.isObject()) {
            throw new ImportException(where + " holds no JSON object; export the project again from INCEpTION");
        }
        List<SourceDocument> sources = new ArrayList<>();
        for (JsonNode d : root.path("source_documents")) {
            String name = text(d, "name");
            if (name == null) {
                throw new ImportException(where + ": a source document without a name; export the project again");
            }
            sources.add(new SourceDocument(name, text(d, "format"), text(d, "state")));
        }
        List<AnnotationDocument> annotations = new ArrayList<>();
        for (JsonNode d : root.path("annotation_documents")) {
            annotations.add(new AnnotationDocument(text(d, "name"), text(d, "user"), text(d, "state")));
        }
        List<Layer> layers = new ArrayList<>();
        for (JsonNode l : root.path("layers")) {
            List<String> features = new ArrayList<>();
            l.path("features").forEach(f -> features.add(text(f, "name")));
            features.removeIf(java.util.Objects::isNull);
            layers.add(new Layer(text(l, "name"), text(l, "type"), features));
        }
        return new ExportedProject(text(root, "name"), sources, annotations, layers);
    }

    /** Returns the project JSON in INCEpTION's field names. */
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", name);
        root.put("slug", name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        root.put("mode", "annotation");
        root.put("version", 1);
        ArrayNode sources = root.putArray("source_documents");
        sourceDocuments.forEach(d -> sources.addObject().put("name", d.name()).put("format", d.format())
                .put("state", d.state()));
        ArrayNode annotations = root.putArray("annotation_documents");
        annotationDocuments.forEach(d -> annotations.addObject().put("name", d.name()).put("user", d.user())
                .put("state", d.state()));
        ArrayNode layerArray = root.putArray("layers");
        for (Layer layer : layers) {
            ObjectNode l = layerArray.addObject().put("name", layer.name()).put("type", layer.type())
                    .put("enabled", true);
            if (layer.attachType() != null) {
                l.putObject("attach_type").put("name", layer.attachType());
            }
            ArrayNode features = l.putArray("features");
            layer.features().forEach(f -> features.addObject().put("name", f)
                    .put("type", layer.featureTypes().getOrDefault(f, "uima.cas.String")).put("enabled", true)
                    .put("visible", true));
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings always serializes", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
