package org.attest.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.model.Entity;
import org.attest.model.FeatureKind;
import org.attest.model.Layer;
import org.attest.registry.EntityRegistry;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The entity quick-pick (Shift+L): search the registry by name or alias, ignoring case and accents, and link the
 * mention.
 */
public final class EntityLinkDialog extends Dialog {

    /** Button id: create a registry entity from the mention and link it. */
    public static final int CREATE = IDialogConstants.CLIENT_ID + 1;

    /** Button id: add the mention's text as an alias of the chosen entity and link it. */
    public static final int ALIAS = IDialogConstants.CLIENT_ID + 2;

    private final AnnotationEditor editor;
    private final AnnotationFS mention;
    private final EntityRegistry registry;
    private final List<Entity> hits = new ArrayList<>();
    private Text query;
    private Table table;

    private EntityLinkDialog(Shell shell, AnnotationEditor editor, AnnotationFS mention) {
        super(shell);
        this.editor = editor;
        this.mention = mention;
        this.registry = new EntityRegistry(editor.store().corpus());
    }

    /** Opens the quick-pick for the selected mention, or explains what to select first. */
    static void open(AnnotationEditor editor) {
        AnnotationFS mention = editor.selected();
        Layer layer = mention == null ? null : editor.layerOf(mention);
        if (layer == null || layer.getFeatures().stream().noneMatch(f -> f.getKind() == FeatureKind.ENTITY_LINK)) {
            editor.status(
                    "Select an Entity or Source mention first (click it or walk with Tab), then press Shift+L to link it");
            return;
        }
        if (!editor.editability().editable()) {
            editor.status("Read-only: " + editor.editability().reason());
            return;
        }
        new EntityLinkDialog(editor.getSite().getShell(), editor, mention).open();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Link \"" + mention.getCoveredText() + "\" to an entity");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.NONE).setText("Search names and aliases (case and accents do not matter):");
        query = new Text(area, SWT.BORDER | SWT.SEARCH);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.setText(mention.getCoveredText());
        query.selectAll();
        query.addListener(SWT.Modify, e -> search());
        table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 180;
        data.widthHint = 420;
        table.setLayoutData(data);
        table.addListener(SWT.DefaultSelection, e -> buttonPressed(IDialogConstants.OK_ID));
        search();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, CREATE, "&New Entity from Mention", false);
        createButton(parent, ALIAS, "Add Mention as &Alias && Link", false);
        createButton(parent, IDialogConstants.OK_ID, "&Link", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void search() {
        hits.clear();
        hits.addAll(registry.search(query.getText(), 50));
        table.removeAll();
        for (Entity e : hits) {
            TableItem item = new TableItem(table, SWT.NONE);
            String aliases = e.getAliases().isEmpty() ? "" : "  (" + String.join(", ", e.getAliases()) + ")";
            item.setText(e.getCanonicalName() + " [" + e.getType() + "]" + aliases);
        }
        if (!hits.isEmpty()) {
            table.select(0);
        }
    }

    private Entity chosen() {
        int i = table.getSelectionIndex();
        return i < 0 || i >= hits.size() ? null : hits.get(i);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID || buttonId == ALIAS) {
            Entity entity = chosen();
            if (entity == null) {
                editor.status("No entity matches; use New Entity from Mention");
                return;
            }
            boolean done = buttonId == ALIAS
                    ? editor.run(registry.linkMentionAsAlias(mention, entity, editor.editing()))
                    : editor.run(editor.editing().link(mention, entity.getId()));
            if (done) {
                close();
            }
            return;
        }
        if (buttonId == CREATE) {
            if (editor.run(registry.createFromMention(mention, entityType(), editor.editing()))) {
                close();
            }
            return;
        }
        super.buttonPressed(buttonId);
    }

    private String entityType() {
        String label = editor.labelOf(mention);
        if (label == null) {
            return "OTHER";
        }
        return switch (label) {
            case "person" -> "PERSON";
            case "organization", "news agency", "government" -> "ORGANIZATION";
            case "social media", "document", "anonymous" -> "OTHER";
            default -> label;
        };
    }
}
