package org.attest.ui.curation;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** Opens one document of the session's corpus for curation by one reviewer. */
public final class CurationEditorInput implements IEditorInput {

    private final String documentId;
    private final String reviewer;
    private final boolean includeInProgress;

    /**
     * Creates the input for {@code reviewer}'s curation of {@code documentId}, comparing work in progress too when
     * asked.
     */
    public CurationEditorInput(String documentId, String reviewer, boolean includeInProgress) {
        this.documentId = Objects.requireNonNull(documentId);
        this.reviewer = Objects.requireNonNull(reviewer);
        this.includeInProgress = includeInProgress;
    }

    /** Returns the document's id. */
    public String documentId() {
        return documentId;
    }

    /** Returns the reviewer who decides. */
    public String reviewer() {
        return reviewer;
    }

    /** Returns whether annotators still at work on the document are compared too. */
    public boolean includeInProgress() {
        return includeInProgress;
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

    /** Returns the tab's tooltip naming the document and the reviewer. */
    @Override
    public String getToolTipText() {
        return documentId + " (curation by " + reviewer + ")";
    }

    /** Adapts to nothing. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    /** Two inputs are equal when they name the same document and reviewer, so a document opens for curation once. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CurationEditorInput other && other.documentId.equals(documentId)
                && other.reviewer.equals(reviewer);
    }

    /** Hashes document and reviewer. */
    @Override
    public int hashCode() {
        return Objects.hash(documentId, reviewer);
    }
}
