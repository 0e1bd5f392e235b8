package org.attest.ui.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import org.attest.curation.CurationSession;
import org.attest.curation.QueueItem;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The current item under the lanes: where it is, each annotator's version with its key, the gold's decision, the keys.
 */
final class ItemPanel {

    /** The keys, as the panel lists them. */
    static final String KEYS = "Keys\n1\u20139  take that lane's version\nX, Delete  no annotation\nK  keep a changed decision\nE  edit the label\n"
            + "C  comment on the decision\nN / P  next / previous open item\nTab / Shift+Tab  every item\nM  auto-merge (unanimous)\nCtrl+S  save";

    private final Composite control;
    private final Label heading;
    private final Table versions;
    private final Label decision;
    private final List<String> lines = new ArrayList<>();

    ItemPanel(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 4;
        control.setLayout(layout);
        heading = new Label(control, SWT.WRAP);
        heading.setFont(JFaceResources.getBannerFont());
        GridData headingData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        headingData.widthHint = 200;
        heading.setLayoutData(headingData);
        versions = new Table(control, SWT.BORDER | SWT.NO_FOCUS | SWT.HIDE_SELECTION);
        versions.setHeaderVisible(true);
        versions.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false);
        tableData.heightHint = 110;
        tableData.widthHint = 200;
        versions.setLayoutData(tableData);
        column("Key", 36);
        column("Lane", 70);
        column("Version", 220);
        decision = new Label(control, SWT.WRAP);
        GridData decisionData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        decisionData.widthHint = 200;
        decision.setLayoutData(decisionData);
        Label keys = new Label(control, SWT.WRAP);
        keys.setText(KEYS);
        keys.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridData keysData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        keysData.widthHint = 200;
        keys.setLayoutData(keysData);
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(versions, SWT.NONE);
        column.setText(title);
        column.setWidth(width);
    }

    /** Returns the panel's control. */
    Composite control() {
        return control;
    }

    /**
     * Shows {@code item} of {@code session} (or, when null, how many items of {@code queue} are open), numbered in
     * {@code queue}.
     */
    void show(QueueItem item, CurationSession session, List<QueueItem> queue) {
        if (item == null) {
            show(null, session.annotators(), "", -1, queue.size(), "");
        } else {
            int index = queue.stream().map(QueueItem::position).toList().indexOf(item.position());
            show(item, session.annotators(), session.gold().getDocumentText(), index, queue.size(),
                    ItemTexts.goldVersion(item));
        }
    }

    private void show(QueueItem item, SortedSet<String> annotators, String text, int index, int count, String gold) {
        versions.removeAll();
        lines.clear();
        if (item == null) {
            heading.setText(count == 0
                    ? "No open items: every position is decided. Save, then Document > Mark Curated."
                    : count + " open item(s); press N for the first.");
            decision.setText("");
            control.layout();
            return;
        }
        String word = item.status().word();
        String place = index >= 0
                ? "Open item " + (index + 1) + " of " + count
                : Character.toUpperCase(word.charAt(0)) + word.substring(1) + " item (" + count + " open)";
        heading.setText(place + ":  " + ItemTexts.where(item.position(), text) + "  \u2014 " + item.status().word());
        int key = 1;
        for (String annotator : annotators) {
            String version = ItemTexts.version(item.configurationOf(annotator));
            lines.add(annotator + ": " + version);
            row(String.valueOf(key++), annotator, version);
        }
        row("", "gold", gold);
        decision.setText("Decision: " + ItemTexts.decision(item.decision()));
        control.layout();
    }

    /** Shows a message instead of an item. */
    void say(String message) {
        versions.removeAll();
        lines.clear();
        heading.setText(message);
        decision.setText("");
        control.layout();
    }

    private void row(String key, String lane, String version) {
        TableItem row = new TableItem(versions, SWT.NONE);
        row.setText(new String[]{key, lane, version});
    }

    /** Returns the versions shown, "anna: ORGANIZATION" per annotator. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Returns the heading shown. */
    String heading() {
        return heading.getText();
    }
}
