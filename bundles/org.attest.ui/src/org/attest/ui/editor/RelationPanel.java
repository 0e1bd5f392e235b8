package org.attest.ui.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.AttestTypes;
import org.attest.cas.Layers;
import org.attest.model.RelationLayer;
import org.attest.model.schema.Schemas;
import org.attest.ui.colors.ColorCache;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The side list of relations (Attribution, Via); choosing one highlights its claim, source and cue in the text. */
final class RelationPanel {

    private final AnnotationEditor editor;
    private final Table table;
    private final List<AnnotationFS> rows = new ArrayList<>();
    private final ChainWarnings warnings;

    RelationPanel(Composite parent, AnnotationEditor editor, StyledText text, ColorCache colors) {
        this.editor = editor;
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        Label title = new Label(box, SWT.NONE);
        title.setText("Relations (Shift+A attribution, Shift+V via)");
        table = new Table(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        for (String name : new String[]{"Relation", "From", "To", "Cue"}) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(name);
            c.setWidth(name.equals("Relation") ? 80 : 110);
        }
        table.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            editor.select(i < 0 ? null : rows.get(i));
        });
        table.addListener(SWT.KeyDown, e -> {
            int i = table.getSelectionIndex();
            if ((e.keyCode == SWT.DEL || e.keyCode == SWT.BS) && i >= 0) {
                editor.run(editor.editing().delete(rows.get(i)));
            }
        });
        warnings = new ChainWarnings(box, editor, text, colors);
    }

    /** Returns the chain warnings under the list. */
    ChainWarnings warnings() {
        return warnings;
    }

    /** Selects the row of {@code relation}, or none. */
    void show(AnnotationFS relation) {
        int i = relation == null ? -1 : rows.indexOf(relation);
        if (i < 0) {
            table.deselectAll();
        } else {
            table.setSelection(i);
        }
    }

    /** Returns the spans {@code relation} joins: its from-span, its to-span and its cue, if any. */
    Set<AnnotationFS> spansOf(AnnotationFS relation) {
        Set<AnnotationFS> spans = new HashSet<>();
        Layers layers = editor.layers();
        for (String f : List.of(AttestTypes.RELATION_FROM, AttestTypes.RELATION_TO, "cue")) {
            // a relation layer need not have a cue
            if (relation.getType().getFeatureByBaseName(f) != null
                    && layers.value(relation, f) instanceof AnnotationFS a) {
                spans.add(a);
            }
        }
        return spans;
    }

    /** Re-reads the relations and the chain warnings from the CAS. */
    void refresh() {
        rows.clear();
        table.removeAll();
        Layers layers = editor.layers();
        for (RelationLayer layer : Schemas.relationLayers(editor.schema())) {
            for (AnnotationFS r : layers.relations(layer.getName())) {
                rows.add(r);
                TableItem item = new TableItem(table, SWT.NONE);
                Object from = layers.value(r, AttestTypes.RELATION_FROM);
                Object to = layers.value(r, AttestTypes.RELATION_TO);
                Object cue = Schemas.feature(layer, "cue").isPresent() ? layers.value(r, "cue") : null;
                item.setText(new String[]{layer.getName(), covered(from), covered(to), covered(cue)});
            }
        }
        warnings.refresh();
    }

    private static String covered(Object fs) {
        return fs instanceof AnnotationFS a ? a.getCoveredText() : "";
    }
}
