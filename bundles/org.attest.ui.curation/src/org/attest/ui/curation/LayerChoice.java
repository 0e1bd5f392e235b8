package org.attest.ui.curation;

import java.util.List;

import org.attest.diff.Position;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.schema.Schemas;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The curation editor's "Lanes show:" choice: the current item's layer, all span layers, or one layer of the schema.
 */
final class LayerChoice {

    private static final String FOLLOW = "Layer of the current item";
    private static final String ALL_SPANS = "All span layers";

    private final Schema schema;
    private final Combo combo;

    /**
     * Adds the caption and the choice to {@code parent}, running {@code changed} whenever the reviewer picks another
     * entry.
     */
    LayerChoice(Composite parent, Schema schema, Runnable changed) {
        this.schema = schema;
        new Label(parent, SWT.NONE).setText("Lanes show:");
        combo = new Combo(parent, SWT.READ_ONLY);
        combo.add(FOLLOW);
        combo.add(ALL_SPANS);
        for (Layer layer : schema.getLayers()) {
            combo.add(layer.getName());
        }
        combo.select(0);
        combo.addListener(SWT.Selection, e -> changed.run());
    }

    /** Returns the names of the layers the lanes show while {@code current} (or null) is the current item. */
    List<String> shownLayers(Position current) {
        String choice = combo.getItem(Math.max(0, combo.getSelectionIndex()));
        if (choice.equals(FOLLOW)) {
            return List.of(current != null ? current.layer() : Schemas.spanLayers(schema).get(0).getName());
        }
        if (choice.equals(ALL_SPANS)) {
            return Schemas.spanLayers(schema).stream().map(Layer::getName).toList();
        }
        return List.of(choice);
    }
}
