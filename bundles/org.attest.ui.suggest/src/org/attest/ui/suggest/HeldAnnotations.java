package org.attest.ui.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.Layers;
import org.attest.model.Layer;
import org.attest.model.schema.Schemas;
import org.attest.suggest.api.Suggestion;
import org.attest.ui.editor.AnnotationEditor;

/**
 * The annotations an editor's CAS holds now, as the suggestions it need not show any more. The annotations are indexed
 * by layer and offsets only; a label is read only for an annotation where some suggestion lies, so that refreshing
 * after each key stays cheap on a document with many thousands of annotations.
 */
final class HeldAnnotations {

    private HeldAnnotations() {
    }

    /** Returns whether the CAS of {@code editor} already holds the annotation a suggestion proposes. */
    static Predicate<Suggestion> of(AnnotationEditor editor) {
        Layers layers = editor.layers();
        Map<String, Map<Offsets, List<AnnotationFS>>> byLayer = new HashMap<>();
        for (Layer layer : Schemas.spanLayers(editor.schema())) {
            Map<Offsets, List<AnnotationFS>> byOffsets = new HashMap<>();
            for (AnnotationFS fs : layers.spans(layer.getName())) {
                byOffsets.computeIfAbsent(new Offsets(fs.getBegin(), fs.getEnd()), k -> new ArrayList<>(1)).add(fs);
            }
            byLayer.put(layer.getName(), byOffsets);
        }
        return s -> {
            List<AnnotationFS> here = byLayer.getOrDefault(s.layer(), Map.of()).get(new Offsets(s.begin(), s.end()));
            if (here == null) {
                return false;
            }
            // an unset label and no label at all count as the same
            String wanted = s.label() == null ? "" : s.label();
            return here.stream().anyMatch(fs -> wanted.equals(Objects.requireNonNullElse(layers.label(fs), "")));
        };
    }

    // not a long of both offsets: Long's hash, begin ^ end, is the same for most short spans and piles them in one bin
    private record Offsets(int begin, int end) {

        @Override
        public int hashCode() {
            return begin * 31 + end;
        }
    }
}
