package org.attest.ui.colors;

import java.util.HashMap;
import java.util.Map;

import org.attest.model.Layer;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

/**
 * The colours one widget paints with: each made once per display through JFace's shared resources and released when
 * the widget is disposed; a schema colour that is not {@code #rrggbb} is logged once and drawn grey.
 */
public final class ColorCache {

    private static final RGB GREY = new RGB(128, 128, 128);

    private final ResourceManager resources;
    private final ILog log;
    private final Map<RGB, Color> byRgb = new HashMap<>();
    private final Map<SchemaColor, Color> bySchema = new HashMap<>();

    /** Creates the cache of {@code owner}, whose colours are released when it is disposed. */
    public ColorCache(Control owner) {
        this.resources = new LocalResourceManager(JFaceResources.getResources(owner.getDisplay()), owner);
        this.log = ILog.of(ColorCache.class);
    }

    /** Returns the colour {@code rgb}. */
    public Color color(RGB rgb) {
        // JFace counts a reference per create, so each colour is asked for once, not on every paint
        return byRgb.computeIfAbsent(rgb, c -> resources.create(ColorDescriptor.createFrom(c)));
    }

    /** Returns the workbench's own colour {@code hex} ({@code #rrggbb}). */
    public Color color(String hex) {
        return color(SchemaColor.fixed(hex));
    }

    /**
     * Returns the colour of {@code label} on {@code layer} as the schema says: the tag's, else the layer's, else grey.
     */
    public Color color(Layer layer, String label) {
        return color(SchemaColor.of(layer, label));
    }

    /** Returns {@code color}, or grey, logged once, when it cannot be read as {@code #rrggbb}. */
    public Color color(SchemaColor color) {
        return bySchema.computeIfAbsent(color, c -> color(rgb(c)));
    }

    private RGB rgb(SchemaColor color) {
        String hex = color.hex();
        try {
            int v = Integer.parseInt(hex.substring(1), 16);
            return new RGB((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
        } catch (RuntimeException e) {
            log.warn(color.owner() + " has colour '" + hex + "', not a colour such as #1f77b4; drawing it grey."
                    + " Correct the colour in the corpus's schema.xmi.");
            return GREY;
        }
    }
}
