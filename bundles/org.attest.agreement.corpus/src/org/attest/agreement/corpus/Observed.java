package org.attest.agreement.corpus;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.uima.cas.CAS;
import org.attest.diff.CasDiff;
import org.attest.diff.Observation;
import org.attest.model.Layer;
import org.attest.model.Schema;

/**
 * What agreement compares of one annotator's work on one document: the length of the text and, per layer, the
 * annotations as the diff sees them.
 *
 * @param length the length of the document's text in UTF-16 code units
 * @param layers each layer's observations by layer name
 */
public record Observed(int length, Map<String, List<Observation>> layers) {

    /** Checks the parts and makes them unmodifiable. */
    public Observed {
        if (length < 0) {
            throw new IllegalArgumentException("a text length cannot be negative: " + length);
        }
        layers = Map.copyOf(layers);
    }

    /** Reads every layer of {@code schema} from {@code cas}. */
    public static Observed of(Schema schema, CAS cas) {
        Objects.requireNonNull(cas, "cas");
        Map<String, List<Observation>> layers = new java.util.LinkedHashMap<>();
        for (Layer layer : schema.getLayers()) {
            layers.put(layer.getName(), List.copyOf(CasDiff.observations(schema, cas, layer.getName())));
        }
        return new Observed(cas.getDocumentText().length(), layers);
    }

    /** Returns the observations of layer {@code layer}; fails when that layer was not read, rather than report none. */
    public List<Observation> layer(String layer) {
        List<Observation> observations = layers.get(layer);
        if (observations == null) {
            throw new IllegalArgumentException(
                    "layer '" + layer + "' was not read; the layers read are " + layers.keySet());
        }
        return observations;
    }
}
