package org.attest.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.Tag;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** The colour of each layer and tag, from the schema, as SWT colours. */
final class SpanStyles {

    private final Map<String, Color> colors = new HashMap<>();
    private final Display display;

    SpanStyles(Display display) {
        this.display = display;
    }

    /** Returns the colour of {@code label} on {@code layer}: the tag's colour, else the layer's, else grey. */
    Color color(Layer layer, String label) {
        String hex = null;
        FeatureDefinition labelFeature = layer.getLabelFeature();
        if (label != null && labelFeature != null && labelFeature.getTagset() != null) {
            for (Tag tag : labelFeature.getTagset().getTags()) {
                if (tag.getName().equals(label)) {
                    hex = tag.getColor();
                }
            }
        }
        if (hex == null) {
            hex = layer.getColor();
        }
        return color(hex == null ? "#808080" : hex);
    }

    /** Returns the colour for a {@code #rrggbb} string; unreadable strings give grey. */
    Color color(String hex) {
        return colors.computeIfAbsent(hex, h -> {
            try {
                int v = Integer.parseInt(h.substring(1), 16);
                return new Color(display, new RGB((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff));
            } catch (RuntimeException e) {
                return new Color(display, new RGB(128, 128, 128));
            }
        });
    }

    /** Releases the colours. */
    void dispose() {
        colors.values().forEach(Color::dispose);
        colors.clear();
    }
}
