package org.attest.ui.curation;

import java.util.ArrayList;
import java.util.List;

import org.attest.curation.QueueItem;
import org.attest.diff.Position;
import org.attest.model.FeatureDefinition;
import org.attest.model.Layer;
import org.attest.model.Tag;
import org.attest.model.schema.Schemas;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/** The curation editor's keyboard and mouse: one key per decision, N/P and Tab to move, a click to pick an item. */
final class CurationKeys {

    private final CurationEditor editor;
    private final LaneView lanes;
    private final DecisionActions actions;
    private final QueueNavigation navigation;

    CurationKeys(CurationEditor editor, LaneView lanes, DecisionActions actions, QueueNavigation navigation) {
        this.editor = editor;
        this.lanes = lanes;
        this.actions = actions;
        this.navigation = navigation;
        StyledText text = lanes.widget();
        text.addListener(SWT.KeyDown, this::keyDown);
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = false;
            }
        });
        text.addListener(SWT.MouseDown, this::click);
    }

    /** Handles one key; keys with Ctrl or Alt are left to the workbench (Ctrl+S saves). */
    void keyDown(Event e) {
        if (e.keyCode == SWT.TAB) {
            navigation.walk((e.stateMask & SWT.SHIFT) == 0);
            e.doit = false;
            return;
        }
        if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
            actions.reject();
            e.doit = false;
            return;
        }
        if ((e.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0 || e.character == 0) {
            return;
        }
        char c = Character.toLowerCase(e.character);
        if (c >= '1' && c <= '9') {
            actions.take(c - '0');
        } else {
            switch (c) {
                case 'x' -> actions.reject();
                case 'k' -> actions.keep();
                case 'e' -> editLabel();
                case 'c' -> comment();
                case 'n' -> navigation.nextOpen(true);
                case 'p' -> navigation.nextOpen(false);
                case 'm' -> actions.autoMerge();
                default -> {
                    return;
                }
            }
        }
        e.doit = false;
    }

    private void click(Event e) {
        if (e.button != 1 || !editor.loaded()) {
            return;
        }
        Position hit = lanes.positionAt(e.x, e.y);
        if (hit == null) {
            int offset = lanes.widget().getOffsetAtPoint(new org.eclipse.swt.graphics.Point(e.x, e.y));
            hit = offset < 0 ? null : itemAt(offset);
        }
        if (hit != null) {
            editor.go(hit);
        }
    }

    // the shortest item covering the offset, open items first: the one a reviewer most likely means
    private Position itemAt(int offset) {
        QueueItem best = null;
        for (QueueItem item : editor.session().items()) {
            Position p = item.position();
            if (p.begin() <= offset && offset < p.end() && (best == null || better(item, best))) {
                best = item;
            }
        }
        return best == null ? null : best.position();
    }

    private static boolean better(QueueItem a, QueueItem b) {
        if (a.status().inQueue() != b.status().inQueue()) {
            return a.status().inQueue();
        }
        return a.position().end() - a.position().begin() < b.position().end() - b.position().begin();
    }

    private void editLabel() {
        QueueItem item = editor.currentItem();
        if (item == null) {
            editor.status("No item is selected; press N for the next open item.");
            return;
        }
        Layer layer = Schemas.layer(editor.schema(), item.position().layer()).orElseThrow();
        FeatureDefinition label = layer.getLabelFeature();
        if (label == null || label.getTagset() == null) {
            editor.status(layer.getName()
                    + " has no label to choose; take an annotator's version (1\u20139) or reject it (X)");
            return;
        }
        List<String> tags = new ArrayList<>();
        for (Tag tag : label.getTagset().getTags()) {
            tags.add(tag.getName());
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(lanes.widget().getShell(),
                new LabelProvider());
        dialog.setTitle("Edit the gold label");
        dialog.setMessage(
                "The gold's " + label.getName() + " for " + ItemTexts.where(item.position(), lanes.widget().getText())
                        + " (type to filter):");
        dialog.setElements(tags.toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof String chosen) {
            actions.edit(chosen);
        }
    }

    private void comment() {
        QueueItem item = editor.currentItem();
        if (item == null || item.decision() == null) {
            editor.status("Decide the item first (1\u20139, X or E), then comment on the decision with C.");
            return;
        }
        InputDialog dialog = new InputDialog(lanes.widget().getShell(), "Comment on the decision",
                "Why the gold holds " + ItemTexts.decision(item.decision()) + " (empty removes the comment):",
                item.decision().getComment() == null ? "" : item.decision().getComment(), null);
        if (dialog.open() == Window.OK) {
            actions.comment(dialog.getValue());
        }
    }
}
