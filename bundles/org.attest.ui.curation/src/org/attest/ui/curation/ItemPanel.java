package org.attest.ui.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import org.attest.core.curation.QueueItem;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The current item under the lanes: where it is, each annotator's version with its key, the gold's decision, the keys. */
final class ItemPanel {

    /** The keys, as the panel lists them. */
    static final String KEYS = "1\u20139 take that lane's version  \u00b7  X / Delete no annotation  \u00b7  K keep  \u00b7  E edit label  \u00b7  "
            + "C comment  \u00b7  N / P next / previous open item  \u00b7  Tab / Shift+Tab every item  \u00b7  M auto-merge (unanimous)  \u00b7  Ctrl+S save";

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
        heading = new Label(control, SWT.NONE);
        heading.setFont(JFaceResources.getBannerFont());
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        versions = new Table(control, SWT.BORDER | SWT.NO_FOCUS | SWT.HIDE_SELECTION);
        versions.setHeaderVisible(true);
        versions.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 90;
        versions.setLayoutData(tableData);
        column("Key", 40);
        column("Lane", 90);
        column("Version", 520);
        decision = new Label(control, SWT.WRAP);
        decision.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label keys = new Label(control, SWT.WRAP);
        keys.setText(KEYS);
        keys.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridData keysData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        keysData.widthHint = 300;
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

    /** Shows {@code item} (the {@code index}-th of {@code count} open ones, or -1 when it is not open) of {@code text}. */
    void show(QueueItem item, SortedSet<String> annotators, String text, int index, int count, String gold) {
        versions.removeAll();
        lines.clear();
        if (item == null) {
            heading.setText(count == 0 ? "No open items: every position is decided. Save, then Document > Mark Curated."
                    : count + " open item(s); press N for the first.");
            decision.setText("");
            control.layout();
            return;
        }
        String place = index >= 0 ? "Open item " + (index + 1) + " of " + count : item.status().word() + " item (" + count + " open)";
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
        row.setText(new String[] { key, lane, version });
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
