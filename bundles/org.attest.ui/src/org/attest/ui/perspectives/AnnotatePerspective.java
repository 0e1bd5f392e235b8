package org.attest.ui.perspectives;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The "Annotate" perspective: where annotators mark entities, claims and sources. */
public final class AnnotatePerspective implements IPerspectiveFactory {

    /** The perspective's identifier, as declared in plugin.xml. */
    public static final String ID = "org.attest.ui.perspectives.annotate";

    /** Lays out the editor area; views join as they are built. */
    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(org.attest.ui.corpus.CorpusNavigatorView.ID, IPageLayout.LEFT, 0.32f,
                IPageLayout.ID_EDITOR_AREA);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.78f, IPageLayout.ID_EDITOR_AREA);
        layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.72f, IPageLayout.ID_EDITOR_AREA);
        layout.addShowViewShortcut(org.attest.ui.corpus.CorpusNavigatorView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addPerspectiveShortcut(CuratePerspective.ID);
    }
}
