package org.attest.ui.colors;

import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.Tag;

/**
 * A colour as the schema writes it, with whose colour it is, so that a colour that cannot be read can be reported.
 *
 * @param hex the colour as {@code #rrggbb}, as written
 * @param owner whose colour it is, such as "layer 'Claim'" or "tag 'PER' of layer 'Entity'"
 */
public record SchemaColor(String hex, String owner) {

    /** The colour of a layer without one, and of whatever cannot be read. */
    public static final String GREY = "#808080";

    /** Returns the workbench's own colour {@code hex}, such as a highlight. */
    public static SchemaColor fixed(String hex) {
        return new SchemaColor(hex, "the workbench");
    }

    /** Returns the colour of {@code label} on {@code layer}: the tag's colour, else the layer's, else grey. */
    public static SchemaColor of(Layer layer, String label) {
        FeatureDefinition feature = layer.getLabelFeature();
        if (label != null && feature != null && feature.getTagset() != null) {
            for (Tag tag : feature.getTagset().getTags()) {
                if (tag.getName().equals(label) && tag.getColor() != null) {
                    return new SchemaColor(tag.getColor(), "tag '" + label + "' of layer '" + layer.getName() + "'");
                }
            }
        }
        return new SchemaColor(layer.getColor() == null ? GREY : layer.getColor(), "layer '" + layer.getName() + "'");
    }
}
