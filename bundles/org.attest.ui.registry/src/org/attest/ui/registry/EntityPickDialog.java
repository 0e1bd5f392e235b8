package org.attest.ui.registry;

import java.util.ArrayList;
import java.util.List;

import org.attest.model.Entity;
import org.attest.registry.EntityRegistry;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the entity to relink mentions to, found by any spelling of its names as in the view's search. */
final class EntityPickDialog extends Dialog {

    private final EntityRegistry registry;
    private final Entity current;
    private final String what;
    private final List<Entity> hits = new ArrayList<>();
    private Text query;
    private org.eclipse.swt.widgets.List list;
    private Entity chosen;

    /** Creates the dialog relinking {@code what} away from {@code current}. */
    EntityPickDialog(Shell parent, EntityRegistry registry, Entity current, String what) {
        super(parent);
        this.registry = registry;
        this.current = current;
        this.what = what;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Relink");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        new Label(area, SWT.WRAP).setText("Link " + what + " to which entity? Type any spelling of its name.");
        query = new Text(area, SWT.SEARCH | SWT.ICON_CANCEL);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 220;
        data.widthHint = 420;
        list.setLayoutData(data);
        query.addListener(SWT.Modify, e -> search());
        list.addListener(SWT.DefaultSelection, e -> okPressed());
        search();
        return area;
    }

    private void search() {
        hits.clear();
        list.removeAll();
        for (Entity entity : registry.search(query.getText(), 200)) {
            if (entity != current) {
                hits.add(entity);
                list.add(entity.getCanonicalName() + "  (" + entity.getId()
                        + (entity.getType() == null ? "" : ", " + entity.getType()) + ")");
            }
        }
        if (!hits.isEmpty()) {
            list.select(0);
        }
        Control ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!hits.isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        int at = list.getSelectionIndex();
        chosen = at < 0 ? null : hits.get(at);
        super.okPressed();
    }

    /** Returns the entity chosen, or null when the dialog was cancelled or nothing was chosen. */
    Entity chosen() {
        return chosen;
    }
}
