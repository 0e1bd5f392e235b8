package org.attest.inception;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attest.cas.AttestTypes;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Schema;
import org.attest.model.schema.Schemas;

/**
 * INCEpTION's custom layers ({@code webanno.custom.NAME}) that fit a schema layer of the same name and kind whose
 * features include all of theirs, and the renaming of their types in a type system and an XMI file to the schema's
 * types (a relation's {@code Governor} and {@code Dependent} to Attest's {@code from} and {@code to}), so that the XMI
 * reader maps them like Attest's own; the layers that fit none are named with the reason.
 */
final class CustomLayers {

    private static final String CUSTOM_URI = "http:///webanno/custom.ecore";

    private final Map<String, String> typeNames = new LinkedHashMap<>();
    private final java.util.Set<String> relationTypes = new java.util.HashSet<>();
    private final Map<String, String> unmapped = new LinkedHashMap<>();

    /** Sorts the project's layers into those mapped to {@code schema} and those that are not, with the reason. */
    CustomLayers(ExportedProject project, Schema schema) {
        for (ExportedProject.Layer layer : project.layers()) {
            String name = layer.name() == null ? "" : layer.name();
            if (!name.startsWith(InceptionLayout.CUSTOM_NAMESPACE)) {
                if (!name.equals(InceptionLayout.NAMED_ENTITY)
                        && !name.startsWith(InceptionLayout.SEGMENTATION_NAMESPACE)) {
                    unmapped.put(name, "INCEpTION's built-in " + layer.type()
                            + " layer; only named entities (onto Entity) and custom layers are mapped");
                }
                continue;
            }
            String shortName = name.substring(InceptionLayout.CUSTOM_NAMESPACE.length());
            Optional<Layer> target = Schemas.layer(schema, shortName);
            boolean relation = "relation".equals(layer.type());
            if (!"span".equals(layer.type()) && !relation) {
                unmapped.put(name, "a custom " + layer.type() + " layer; only custom span and relation layers are"
                        + " mapped");
                continue;
            }
            if (target.isEmpty()) {
                unmapped.put(name, "the schema has no layer " + shortName);
                continue;
            }
            if (relation != target.get() instanceof RelationLayer) {
                unmapped.put(name, "a custom " + layer.type() + " layer, where the schema layer " + shortName
                        + " is a " + (relation ? "span" : "relation") + " layer");
                continue;
            }
            Optional<String> missing = layer.features().stream()
                    .filter(f -> f != null && !(relation && ends(f)) && Schemas.feature(target.get(), f).isEmpty())
                    .findFirst();
            if (missing.isPresent()) {
                unmapped.put(name, "the schema layer " + shortName + " has no feature " + missing.get());
                continue;
            }
            typeNames.put(name, Schemas.typeName(target.get()));
            if (relation) {
                relationTypes.add(name);
            }
        }
    }

    private static boolean ends(String feature) {
        return CustomLayerCopy.GOVERNOR.equals(feature) || CustomLayerCopy.DEPENDENT.equals(feature);
    }

    /** Returns the layers not mapped, by INCEpTION type name, with the reason. */
    Map<String, String> unmapped() {
        return Map.copyOf(unmapped);
    }

    /** Returns the type system XML with each mapped custom type renamed to its schema type. */
    byte[] renameInTypeSystem(byte[] typeSystem) {
        String xml = new String(typeSystem, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> e : typeNames.entrySet()) {
            xml = xml.replace(">" + e.getKey() + "<", ">" + e.getValue() + "<");
        }
        for (String relation : relationTypes) {
            // the features of the relation's own description: its ends take Attest's names
            Matcher type = Pattern.compile("<name>" + Pattern.quote(typeNames.get(relation))
                    + "</name>.*?</typeDescription>", Pattern.DOTALL).matcher(xml);
            if (type.find()) {
                String renamed = type.group()
                        .replace("<name>" + CustomLayerCopy.GOVERNOR + "</name>", "<name>" + AttestTypes.RELATION_FROM
                                + "</name>")
                        .replace("<name>" + CustomLayerCopy.DEPENDENT + "</name>", "<name>"
                                + AttestTypes.RELATION_TO + "</name>");
                xml = xml.substring(0, type.start()) + renamed + xml.substring(type.end());
            }
        }
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    // the Governor and Dependent attributes of each element named element become from and to
    private static String renameEnds(String xml, String element) {
        Matcher elements = Pattern.compile("<" + Pattern.quote(element) + "\\s[^>]*>").matcher(xml);
        StringBuilder out = new StringBuilder();
        while (elements.find()) {
            String renamed = elements.group()
                    .replaceAll("(\\s)" + CustomLayerCopy.GOVERNOR + "=", "$1" + AttestTypes.RELATION_FROM + "=")
                    .replaceAll("(\\s)" + CustomLayerCopy.DEPENDENT + "=", "$1" + AttestTypes.RELATION_TO + "=");
            elements.appendReplacement(out, Matcher.quoteReplacement(renamed));
        }
        elements.appendTail(out);
        return out.toString();
    }

    /** Returns the XMI with each element of a mapped custom type put into its schema type's namespace. */
    byte[] renameInXmi(byte[] xmi) {
        String xml = new String(xmi, StandardCharsets.UTF_8);
        Matcher declared = Pattern.compile("xmlns:([A-Za-z_][\\w.-]*)=\"" + Pattern.quote(CUSTOM_URI) + "\"")
                .matcher(xml);
        if (typeNames.isEmpty() || !declared.find()) {
            return xmi;
        }
        String prefix = declared.group(1);
        Map<String, String> namespaces = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : typeNames.entrySet()) {
            String shortName = e.getKey().substring(InceptionLayout.CUSTOM_NAMESPACE.length());
            String target = e.getValue();
            String namespace = target.substring(0, target.lastIndexOf('.'));
            String mappedPrefix = "attest" + namespaces.computeIfAbsent(namespace, n -> "" + namespaces.size());
            String element = mappedPrefix + ":" + target.substring(namespace.length() + 1);
            xml = xml.replaceAll("<" + Pattern.quote(prefix + ":" + shortName) + "(?=[\\s/>])",
                    Matcher.quoteReplacement("<" + element));
            if (relationTypes.contains(e.getKey())) {
                xml = renameEnds(xml, element);
            }
        }
        StringBuilder declarations = new StringBuilder();
        namespaces.forEach((namespace, n) -> declarations.append(" xmlns:attest").append(n).append("=\"http:///")
                .append(namespace.replace('.', '/')).append(".ecore\""));
        xml = xml.substring(0, declared.start()) + declarations.substring(1) + " " + xml.substring(declared.start());
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
