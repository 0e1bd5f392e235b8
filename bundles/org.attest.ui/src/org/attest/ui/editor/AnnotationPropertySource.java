package org.attest.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.Entity;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.Tag;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/** Shows an annotation's features in the Properties view: pick lists for tagsets, booleans and links; text for the rest. */
final class AnnotationPropertySource implements IPropertySource {

    private static final String NONE = "(none)";
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
        if (layer == null) {
            return result.toArray(IPropertyDescriptor[]::new);
        }
        for (FeatureDefinition f : layer.getFeatures()) {
            PropertyDescriptor d = switch (f.getKind()) {
                case TAGSET -> new ComboBoxPropertyDescriptor(f.getName(), f.getName(), choices(f));
                case BOOLEAN -> new ComboBoxPropertyDescriptor(f.getName(), f.getName(), new String[] { "false", "true" });
                case ENTITY_LINK -> new ComboBoxPropertyDescriptor(f.getName(), f.getName(), choices(f));
                case SPAN_LINK -> new PropertyDescriptor(f.getName(), f.getName());
                default -> new TextPropertyDescriptor(f.getName(), f.getName());
            };
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

    private FeatureDefinition feature(Object id) {
        return layer.getFeatures().stream().filter(f -> f.getName().equals(id)).findFirst().orElse(null);
    }

    @Override
    public Object getPropertyValue(Object id) {
        switch ((String) id) {
            case "layer":
                return layer == null ? fs.getType().getName() : layer.getName();
            case "text":
                return fs.getCoveredText();
            case "offsets":
                return fs.getBegin() + "-" + fs.getEnd();
            default:
                break;
        }
        FeatureDefinition f = feature(id);
        Object value = editor.layers().value(fs, f.getName());
        return switch (f.getKind()) {
            case TAGSET, ENTITY_LINK -> {
                String[] choices = choices(f);
                for (int i = 0; i < choices.length; i++) {
                    if (value != null && (choices[i].equals(value) || choices[i].startsWith(value + " "))) {
                        yield i;
                    }
                }
                yield 0;
            }
            case BOOLEAN -> Boolean.TRUE.equals(value) ? 1 : 0;
            case SPAN_LINK -> value instanceof AnnotationFS a ? a.getCoveredText() : "";
            default -> value == null ? "" : value.toString();
        };
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
        Object converted = switch (f.getKind()) {
            case TAGSET -> (Integer) value == 0 ? null : choices(f)[(Integer) value];
            case ENTITY_LINK -> (Integer) value == 0 ? null : choices(f)[(Integer) value].split(" ", 2)[0];
            case BOOLEAN -> (Integer) value == 1;
            case NUMBER -> value.toString().isBlank() ? null : parseNumber(value.toString());
            default -> value.toString().isEmpty() ? null : value.toString();
        };
        if (converted == null && (f.getKind() == org.attest.model.FeatureKind.NUMBER)) {
            editor.status("Enter a number for " + f.getName() + ", such as 100 or 2.5");
            return;
        }
        editor.run(editor.editing().setFeature(fs, f.getName(), converted));
    }

    private static Double parseNumber(String text) {
        try {
            return Double.valueOf(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
