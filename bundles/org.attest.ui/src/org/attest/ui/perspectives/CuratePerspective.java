package org.attest.ui.perspectives;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The "Curate" perspective: where reviewers measure agreement and adjudicate. */
public final class CuratePerspective implements IPerspectiveFactory {

    /** The perspective's identifier, as declared in plugin.xml. */
    public static final String ID = "org.attest.ui.perspectives.curate";

    /**
     * Lays out the editor area with the Properties view under it; the curation and agreement bundles add their views.
     */
    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        // the curation editor needs the width; the decision records and the agreement figures share the room below it
        layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.66f, IPageLayout.ID_EDITOR_AREA);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addPerspectiveShortcut(AnnotatePerspective.ID);
    }
}
