package org.attest.ui.editor;

import org.apache.uima.cas.text.AnnotationFS;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertySource;

/** An annotation selected in the editor, adaptable to a property source for the Properties view. */
public record AnnotationElement(AnnotationEditor editor, AnnotationFS annotation) implements IAdaptable {

    /** Adapts to {@link IPropertySource} so the standard Properties view can show and edit the features. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (IPropertySource.class.equals(adapter)) {
            return adapter.cast(new AnnotationPropertySource(editor, annotation));
        }
        return null;
    }

    /** Returns the text shown for the annotation in lists: label and covered text. */
    @Override
    public String toString() {
        String covered = annotation.getCoveredText();
        if (covered.length() > 40) {
            covered = covered.substring(0, 39) + "…";
        }
        return editor.labelOf(annotation) + " \"" + covered.replace('\n', ' ') + "\" [" + annotation.getBegin() + "-"
                + annotation.getEnd() + "]";
    }
}
