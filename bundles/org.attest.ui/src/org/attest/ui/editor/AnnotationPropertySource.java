package org.attest.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.Layers;
import org.attest.claims.Chain;
import org.attest.claims.Chains;
import org.attest.model.Entity;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.RelationLayer;
import org.attest.model.Tag;
import org.attest.model.schema.DefaultSchema;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Shows an annotation's features in the Properties view: pick lists for tagsets, booleans and links; text for the rest.
 */
final class AnnotationPropertySource implements IPropertySource {

    private static final String NONE = "(none)";
    private static final String CHAIN = "chain";
    private final AnnotationEditor editor;
    private final AnnotationFS fs;
    private final Layer layer;

    AnnotationPropertySource(AnnotationEditor editor, AnnotationFS fs) {
        this.editor = editor;
        this.fs = fs;
        this.layer = editor.layerOf(fs);
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> result = new ArrayList<>();
        result.add(info("layer", "Layer"));
        result.add(info("text", "Text"));
        result.add(info("offsets", "Offsets"));
        if (layer instanceof RelationLayer) {
            result.add(info(AttestTypes.RELATION_FROM, "From"));
            result.add(info(AttestTypes.RELATION_TO, "To"));
        }
        if (layer != null && layer.getName().equals(DefaultSchema.CLAIM)) {
            PropertyDescriptor chain = info(CHAIN, "Chain");
            chain.setDescription("Through whom the claim reached the article: its source, then each source that one"
                    + " was reported via; one line per path");
            result.add(chain);
        }
        if (layer == null) {
            return result.toArray(IPropertyDescriptor[]::new);
        }
        for (FeatureDefinition f : layer.getFeatures()) {
            PropertyDescriptor d = FeatureField.of(f).descriptor(f.getName(), () -> choices(f));
            d.setCategory("Features");
            d.setDescription(f.getDescription());
            result.add(d);
        }
        return result.toArray(IPropertyDescriptor[]::new);
    }

    private static PropertyDescriptor info(String id, String name) {
        PropertyDescriptor d = new PropertyDescriptor(id, name);
        d.setCategory("Annotation");
        return d;
    }

    private String[] choices(FeatureDefinition f) {
        List<String> values = new ArrayList<>();
        values.add(NONE);
        if (f.getTagset() != null) {
            for (Tag t : f.getTagset().getTags()) {
                values.add(t.getName());
            }
        } else {
            for (Entity e : editor.store().corpus().getEntities()) {
                values.add(e.getId() + " " + e.getCanonicalName());
            }
        }
        return values.toArray(String[]::new);
    }

    private String chain() {
        List<String> paths = new ArrayList<>();
        for (Chain c : Chains.read(editor.cas(), editor.schema(), editor.store().corpus().getEntities()).of(fs)) {
            paths.add(c.attributed() ? c.describe() : "(attributed to no source)");
        }
        return String.join("; ", paths);
    }

    private FeatureDefinition feature(Object id) {
        return layer.getFeatures().stream().filter(f -> f.getName().equals(id)).findFirst().orElse(null);
    }

    @Override
    public Object getPropertyValue(Object id) {
        switch ((String) id) {
            case "layer" :
                return layer == null ? fs.getType().getName() : layer.getName();
            case "text" :
                return fs.getCoveredText();
            case "offsets" :
                return fs.getBegin() + "-" + fs.getEnd();
            case CHAIN :
                return chain();
            case AttestTypes.RELATION_FROM, AttestTypes.RELATION_TO :
                return editor.layers().value(fs, (String) id) instanceof AnnotationFS end
                        ? editor.labelOf(end) + " \"" + end.getCoveredText() + "\" [" + end.getBegin() + "-"
                                + end.getEnd() + "]"
                        : "";
            default :
                break;
        }
        FeatureDefinition f = feature(id);
        Object value = editor.layers().value(fs, f.getName());
        return FeatureField.of(f).shown(value, () -> choices(f));
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // features have no defaults to reset to
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        FeatureDefinition f = feature(id);
        if (f == null) {
            return;
        }
        Object taken;
        try {
            taken = FeatureField.of(f).taken(f.getName(), value, () -> choices(f));
        } catch (IllegalArgumentException e) {
            editor.status(e.getMessage());
            return;
        }
        editor.run(editor.editing().setFeature(fs, f.getName(), taken));
    }
}
