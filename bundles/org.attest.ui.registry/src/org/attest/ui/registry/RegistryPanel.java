package org.attest.ui.registry;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.attest.model.Entity;
import org.attest.registry.DuplicateFinder.Suggestion;
import org.attest.registry.Mention;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * The widgets of the Registry view: the search field, the entities, the duplicate suggestions with Merge, and the
 * chosen entity's knowledge-base link and mentions with Relink and Split.
 */
final class RegistryPanel {

    private final RegistryView view;
    private final Text search;
    private final Label status;
    private final TableViewer entities;
    private final TableViewer duplicates;
    private final Link details;
    private final TableViewer mentions;
    private final Image warning = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK);
    private RegistryState state;

    /** Builds the panel in {@code parent} for {@code view}. */
    RegistryPanel(Composite parent, RegistryView view) {
        this.view = view;
        parent.setLayout(new GridLayout(3, false));
        new Label(parent, SWT.NONE).setText("Search:");
        search = new Text(parent, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
        search.setMessage("a name or alias in any spelling or script");
        GridData searchData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        searchData.widthHint = 260;
        search.setLayoutData(searchData);
        search.addListener(SWT.Modify, e -> view.show());
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // side by side, so that the view works docked under the editor, wide and short, as well as maximized
        SashForm columns = new SashForm(parent, SWT.HORIZONTAL);
        columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        entities = Columns.table(box(columns), SWT.SINGLE);
        Columns.add(entities, Entity.class, "Name", 150, Entity::getCanonicalName);
        Columns.add(entities, Entity.class, "Type", 90, Entity::getType);
        Columns.add(entities, Entity.class, "Aliases", 150, e -> String.join(", ", e.getAliases()));
        Columns.add(entities, Entity.class, "Knowledge base", 110, Entity::getKnowledgeBaseId);
        Columns.add(entities, Entity.class, "Mentions", 70,
                e -> state == null ? "" : Integer.toString(state.of(e).size()));
        Columns.add(entities, Entity.class, "Id", 95, Entity::getId);
        entities.addSelectionChangedListener(e -> showMentions());
        Composite middle = box(columns);
        // the entity's line and the buttons share one row, so the mentions keep the height when docked
        Composite head = row(middle, 3);
        details = new Link(head, SWT.NONE);
        details.setText("X");
        // one line, clipped when narrow (the whole line is the tooltip), so the buttons beside it stay visible
        GridData line = new GridData(SWT.FILL, SWT.CENTER, true, false);
        line.widthHint = 60;
        line.heightHint = details.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        details.setLayoutData(line);
        details.addListener(SWT.Selection, e -> browse(e.text));
        button(head, "&Relink\u2026", "Link the chosen mentions to another entity")
                .addListener(SWT.Selection, e -> view.relinkChosen());
        button(head, "&Split\u2026", "Move the chosen mentions to a new entity")
                .addListener(SWT.Selection, e -> view.splitChosen());
        mentions = Columns.table(middle, SWT.MULTI);
        mentions.getTable().setToolTipText("Double-click a mention to open it in the editor, selected");
        Columns.add(mentions, Mention.class, "Document", 120, Mention::document,
                m -> view.warning(m) == null ? null : warning);
        Columns.add(mentions, Mention.class, "Annotator", 80, Mention::annotator);
        Columns.add(mentions, Mention.class, "Covered text", 150, Mention::text);
        Columns.add(mentions, Mention.class, "Layer", 65, Mention::layer);
        Columns.add(mentions, Mention.class, "Warning", 420, view::warning);
        mentions.addDoubleClickListener(e -> chosenMentions().stream().findFirst().ifPresent(view::open));
        Composite right = box(columns);
        Composite top = row(right, 2);
        Label title = new Label(top, SWT.NONE);
        title.setText("Possible duplicates:");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button merge = button(top, "&Merge", "Merge the second entity into the first: every alias, id and link kept");
        merge.addListener(SWT.Selection, e -> mergeChosen());
        duplicates = Columns.table(right, SWT.SINGLE);
        duplicates.getTable().setToolTipText("Double-click or Merge: the second entity is merged into the first");
        Columns.add(duplicates, Suggestion.class, "Keep", 120, s -> s.a().getCanonicalName());
        Columns.add(duplicates, Suggestion.class, "Merge into it", 120, s -> s.b().getCanonicalName());
        Columns.add(duplicates, Suggestion.class, "Similarity", 70, s -> String.format("%.2f", s.score()));
        Columns.add(duplicates, Suggestion.class, "Mentions", 65,
                s -> s.mentionsA().size() + " + " + s.mentionsB().size());
        duplicates.addDoubleClickListener(e -> mergeChosen());
        columns.setWeights(36, 40, 24);
    }

    private static Composite box(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        box.setLayout(layout);
        return box;
    }

    private static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        return row;
    }

    private static Button button(Composite parent, String text, String tip) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        return button;
    }

    /** Shows {@code message} in the status line above the tables. */
    void say(String message) {
        status.setText(message);
        status.setToolTipText(message);
    }

    /** Lists {@code shown}, keeping the chosen entity when it is still listed, and the duplicates of {@code now}. */
    void showEntities(List<Entity> shown, RegistryState now) {
        Entity chosen = entity();
        state = now;
        entities.setInput(shown);
        duplicates.setInput(now == null ? List.of() : now.duplicates());
        if (chosen != null && shown.contains(chosen)) {
            entities.setSelection(new StructuredSelection(chosen), true);
        } else if (!shown.isEmpty()) {
            entities.setSelection(new StructuredSelection(shown.get(0)), true);
        }
        showMentions();
    }

    private void showMentions() {
        Entity entity = entity();
        mentions.setInput(state == null ? List.of() : state.of(entity));
        if (entity == null) {
            details.setText("");
            return;
        }
        String kb = entity.getKnowledgeBaseId();
        String link = kb == null
                ? "no knowledge-base id"
                : KnowledgeBase.url(kb).map(url -> "knowledge base <a href=\"" + url + "\">" + kb + "</a>")
                        .orElse("knowledge base " + kb);
        details.setText(entity.getCanonicalName().replace("&", "&&") + " \u00b7 " + entity.getId()
                + (entity.getType() == null ? "" : " \u00b7 " + entity.getType()) + " \u00b7 " + link + " \u00b7 "
                + mentions.getTable().getItemCount() + " mention(s)");
        details.setToolTipText(details.getText().replaceAll("<[^>]*>", "").replace("&&", "&"));
        details.getParent().layout();
    }

    private void mergeChosen() {
        if (duplicates.getStructuredSelection().getFirstElement() instanceof Suggestion s) {
            view.merge(s);
        }
    }

    private void browse(String url) {
        try {
            PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(URI.create(url).toURL());
        } catch (PartInitException | java.net.MalformedURLException | IllegalArgumentException e) {
            Program.launch(url);
        }
    }

    /** Returns the entity chosen in the list, or null. */
    Entity entity() {
        return entities.getStructuredSelection().getFirstElement() instanceof Entity e ? e : null;
    }

    /** Chooses {@code entity} in the list. */
    void select(Entity entity) {
        entities.setSelection(new StructuredSelection(entity), true);
        showMentions();
    }

    /** Returns the entities listed, in list order. */
    List<Entity> entities() {
        List<Entity> listed = new ArrayList<>();
        for (int i = 0; i < entities.getTable().getItemCount(); i++) {
            listed.add((Entity) entities.getElementAt(i));
        }
        return listed;
    }

    /** Returns the mentions listed, in table order. */
    List<Mention> mentions() {
        List<Mention> listed = new ArrayList<>();
        for (int i = 0; i < mentions.getTable().getItemCount(); i++) {
            listed.add((Mention) mentions.getElementAt(i));
        }
        return listed;
    }

    /** Returns the mentions chosen in the table. */
    List<Mention> chosenMentions() {
        IStructuredSelection selection = mentions.getStructuredSelection();
        return selection.toList().stream().filter(Mention.class::isInstance).map(Mention.class::cast).toList();
    }

    /** Returns the mention table. */
    Table mentionTable() {
        return mentions.getTable();
    }

    /** Returns the search text. */
    String query() {
        return search.getText();
    }

    /** Sets the search text, which lists the matching entities. */
    void setQuery(String query) {
        search.setText(query);
    }

    /** Returns whether the widgets are gone. */
    boolean isDisposed() {
        return search.isDisposed();
    }

    /** Returns the display of the widgets. */
    Display display() {
        return search.getDisplay();
    }

    /** Puts the focus on the search field. */
    void setFocus() {
        search.setFocus();
    }
}
