package org.attest.ui.perspectives;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The "Curate" perspective: where reviewers measure agreement and adjudicate. */
public final class CuratePerspective implements IPerspectiveFactory {

    /** The perspective's identifier, as declared in plugin.xml. */
    public static final String ID = "org.attest.ui.perspectives.curate";

    /** Lays out the editor area; views join as they are built. */
    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addPerspectiveShortcut(AnnotatePerspective.ID);
    }
}
