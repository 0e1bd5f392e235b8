package org.attest.edit;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;

/**
 * Sets one feature of an annotation (a label, a number, an entity link ...) with the schema's checks; undo restores the
 * old value exactly.
 */
public final class SetFeatureCommand extends AbstractEditCommand {

    private final Layers layers;
    private final AnnotationFS fs;
    private final String feature;
    private final Object value;
    private FeatureSnapshot before;

    SetFeatureCommand(String label, Layers layers, AnnotationFS fs, String feature, Object value) {
        super(label);
        this.layers = layers;
        this.fs = fs;
        this.feature = feature;
        this.value = value;
    }

    /** Returns the annotation whose feature this command sets. */
    public AnnotationFS annotation() {
        return fs;
    }

    @Override
    protected void doExecute() {
        layers.value(fs, feature); // refuses an unknown feature before anything is captured
        before = FeatureSnapshot.of(fs, fs.getType().getFeatureByBaseName(feature));
        layers.set(fs, feature, value);
    }

    @Override
    protected void doUndo() {
        before.restore();
    }

    @Override
    protected void doRedo() {
        layers.set(fs, feature, value);
    }
}
