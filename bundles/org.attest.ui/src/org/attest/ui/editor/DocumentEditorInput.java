package org.attest.ui.editor;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** Opens one document of the session's corpus for one annotator. */
public final class DocumentEditorInput implements IEditorInput {

    private final String documentId;
    private final String annotator;
    private final boolean readOnly;

    /** Creates the input for {@code annotator}'s annotations of document {@code documentId}. */
    public DocumentEditorInput(String documentId, String annotator) {
        this(documentId, annotator, false);
    }

    private DocumentEditorInput(String documentId, String annotator, boolean readOnly) {
        this.documentId = Objects.requireNonNull(documentId);
        this.annotator = Objects.requireNonNull(annotator);
        this.readOnly = readOnly;
    }

    /**
     * Creates the input that shows {@code annotator}'s annotations of {@code documentId} (or the curated gold's, for
     * annotator "gold") without letting them be edited.
     */
    public static DocumentEditorInput readOnly(String documentId, String annotator) {
        return new DocumentEditorInput(documentId, annotator, true);
    }

    /** Returns whether the input is only shown, never edited. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Returns the document's id. */
    public String documentId() {
        return documentId;
    }

    /** Returns the annotator whose annotation set is edited. */
    public String annotator() {
        return annotator;
    }

    /** Returns false: the input is only meaningful while its corpus is open. */
    @Override
    public boolean exists() {
        return false;
    }

    /** Returns no image. */
    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    /** Returns the document id, shown on the editor tab. */
    @Override
    public String getName() {
        return documentId;
    }

    /** Returns null: editors are not restored across sessions. */
    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    /** Returns the tab's tooltip naming the document and the annotator. */
    @Override
    public String getToolTipText() {
        return documentId + " (annotator: " + annotator + (readOnly ? ", read-only)" : ")");
    }

    /** Adapts to nothing. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    /**
     * Two inputs are equal when they name the same document and annotator and are both read-only or both not, so a
     * document opens once per annotator and way.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentEditorInput other && other.documentId.equals(documentId)
                && other.annotator.equals(annotator) && other.readOnly == readOnly;
    }

    /** Hashes document, annotator and whether read-only. */
    @Override
    public int hashCode() {
        return Objects.hash(documentId, annotator, readOnly);
    }
}
