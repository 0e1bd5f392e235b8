package org.attest.ui.search;

import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.EditorAddon;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchActionConstants;

/**
 * What search adds to every annotation editor: a context menu others contribute to (Find This Everywhere is
 * there), and the index refreshed with the document after each save.
 */
public final class SearchAddon implements EditorAddon {

    /** The identifier of the annotation editor's context menu, for popup: menu contributions. */
    public static final String CONTEXT_MENU = AnnotationEditor.ID + ".context";

    private AnnotationEditor editor;
    private MenuManager menu;
    private IPropertyListener saved;

    /** Gives the editor's text its context menu and listens for the editor's saves. */
    @Override
    public void install(AnnotationEditor annotationEditor, Composite toolbar) {
        editor = annotationEditor;
        menu = new MenuManager();
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        StyledText text = editor.textWidget();
        text.setMenu(menu.createContextMenu(text));
        editor.getEditorSite().registerContextMenu(CONTEXT_MENU, menu, editor.getSite().getSelectionProvider(),
                false);
        SearchSession searches = editor.getSite().getService(SearchSession.class);
        // the dirty flag clears when the editor saved (or an undo went back to what is saved: refreshing costs little)
        saved = (source, property) -> {
            if (property == IEditorPart.PROP_DIRTY && !editor.isDirty()) {
                searches.refreshLater(editor.document().getId());
            }
        };
        editor.addPropertyListener(saved);
    }

    /** Stops listening and releases the menu. */
    @Override
    public void dispose() {
        if (editor != null) {
            editor.removePropertyListener(saved);
            menu.dispose();
        }
    }
}
