package org.attest.ui.search;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.model.Entity;
import org.attest.model.FeatureDefinition;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.registry.EntityRegistry;
import org.attest.ui.corpus.WorkbenchFixes;
import org.attest.ui.editor.AnnotationEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Find This Everywhere": searches the corpus for the annotation editor's selected mention, a linked entity under all
 * its spellings ({@code entity:"canonical name"}), else the selected words as a phrase.
 */
public final class FindEverywhere extends AbstractHandler {

    /** The command's identifier, as declared in plugin.xml. */
    public static final String COMMAND = "org.attest.ui.search.commands.findEverywhere";

    /** Shows the Search view and runs the query of the active editor's selection. */
    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof AnnotationEditor editor) || !editor.loaded()) {
            return null;
        }
        String query = query(editor);
        if (query == null) {
            editor.status("Select a mention or some words first: Find This Everywhere searches the corpus for them");
            return null;
        }
        try {
            SearchView view = (SearchView) editor.getSite().getPage().showView(SearchView.ID);
            view.search(query);
        } catch (PartInitException e) {
            editor.status("Cannot show the Search view: " + WorkbenchFixes.describe(e));
        }
        return null;
    }

    /** Returns the query that finds {@code editor}'s selection everywhere, or null when nothing is selected. */
    static String query(AnnotationEditor editor) {
        AnnotationFS selected = editor.selected();
        if (selected != null) {
            Entity entity = linked(editor, selected);
            return entity != null && entity.getCanonicalName() != null
                    ? "entity:" + quoted(entity.getCanonicalName())
                    : phrase(selected.getCoveredText());
        }
        return phrase(editor.textWidget().getSelectionText());
    }

    // the registry entity a span of a layer with an entity link points at, or null
    private static Entity linked(AnnotationEditor editor, AnnotationFS fs) {
        Layer layer = editor.layerOf(fs);
        if (layer == null) {
            return null;
        }
        for (FeatureDefinition feature : layer.getFeatures()) {
            if (feature.getKind() == FeatureKind.ENTITY_LINK
                    && editor.layers().value(fs, feature.getName()) instanceof String id && !id.isBlank()) {
                return new EntityRegistry(editor.store().corpus()).byId(id).orElse(null);
            }
        }
        return null;
    }

    /** Returns {@code words} as a phrase of the query language, on one line, or null when there are none. */
    static String phrase(String words) {
        String line = words == null ? "" : words.strip().replaceAll("\\s+", " ");
        return line.isEmpty() ? null : quoted(line);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
