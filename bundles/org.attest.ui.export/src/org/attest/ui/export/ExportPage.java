package org.attest.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attest.export.ExportFormats;
import org.attest.export.ExportRequest;
import org.attest.io.LabelMap;
import org.attest.model.Annotator;
import org.attest.model.Schema;
import org.attest.store.CorpusStore;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The single page of the export wizard: format, source, split, seed, label names and output folder. */
final class ExportPage extends WizardPage {

    private final CorpusStore store;
    Combo format;
    Combo source;
    Text split;
    Text seed;
    Text labelNames;
    Text folder;

    ExportPage(CorpusStore store) {
        super("export");
        this.store = store;
        setTitle("Export training data");
        setDescription("Export the curated gold (or one annotator's work) with a deterministic split and a manifest.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        format = combo(page, "&Format:", ExportFormats.names(), 0);
        List<String> sources = new ArrayList<>(List.of(ExportRequest.GOLD));
        for (Annotator a : store.corpus().getAnnotators()) {
            sources.add(a.getName());
        }
        source = combo(page, "&From:", sources, 0);
        split = text(page, "&Split (train/dev/test %):", "80/10/10");
        seed = text(page, "S&eed:", "42");
        labelNames = text(page, "&Label names:", "");
        labelNames.setMessage("the import's label map, such as conll2003 or PER=PERSON,MISC=OTHER");
        labelNames.setToolTipText("Write the Entity labels by another tool's names: the map of the import read "
                + "backwards (PER=PERSON writes PERSON as PER), or conll2003 for PER, ORG, LOC and MISC; empty for the "
                + "schema's names.");
        folder = text(page, "&Output folder:",
                store.layout().dir().resolveSibling(store.layout().dir().getFileName() + "-export").toString());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        format.addListener(SWT.Selection, e -> validate());
        for (Text t : new Text[]{split, seed, labelNames, folder}) {
            t.addListener(SWT.Modify, e -> validate());
        }
        setControl(page);
        validate();
    }

    private static Combo combo(Composite page, String label, List<String> items, int selected) {
        new Label(page, SWT.NONE).setText(label);
        Combo combo = new Combo(page, SWT.READ_ONLY);
        items.forEach(combo::add);
        combo.select(selected);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return combo;
    }

    private static Text text(Composite page, String label, String value) {
        new Label(page, SWT.NONE).setText(label);
        Text text = new Text(page, SWT.BORDER);
        text.setText(value);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, label.contains("Output") ? 1 : 2, 1));
        return text;
    }

    /** Returns the request the fields describe, or throws with a message naming the field to fix. */
    ExportRequest request() {
        List<Integer> parts = ExportRequest.parseSplit(split.getText());
        long s;
        try {
            s = Long.parseLong(seed.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the seed must be a whole number, such as 42");
        }
        if (folder.getText().isBlank()) {
            throw new IllegalArgumentException("choose an output folder");
        }
        LabelMap map = labelNames.getText().isBlank() ? null : LabelMap.parse(labelNames.getText().strip());
        if (map != null) {
            // checked here so that the page names the problem before the export starts
            Schema schema = store.corpus().getSchema();
            ExportFormats.create(format.getText(), schema, ExportFormats.labelNames(map, schema));
        }
        return new ExportRequest(format.getText(), source.getText(), parts, s, Path.of(folder.getText().trim()), map);
    }

    private void validate() {
        try {
            request();
            setErrorMessage(null);
            setPageComplete(true);
        } catch (RuntimeException e) {
            setErrorMessage(e.getMessage());
            setPageComplete(false);
        }
    }
}
