package org.attest.ui.curation;

import static org.attest.ui.curation.QueueTables.column;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.attest.curation.CurationSession;
import org.attest.curation.QueueItem;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The lower half of the Curation queue view: the open items of the selected document, read in a job. */
final class OpenItemsPane {

    private final Label heading;
    private final TableViewer items;
    private int generation;
    private int running;
    private List<QueueItem> shown = List.of();
    private SortedSet<String> annotators = new TreeSet<>();

    /** Builds the heading and the items table in {@code parent}; double-clicking an item passes it to {@code open}. */
    OpenItemsPane(Composite parent, Consumer<QueueItem> open) {
        Composite lower = new Composite(parent, SWT.NONE);
        GridLayout lowerLayout = new GridLayout(1, false);
        lowerLayout.marginWidth = 0;
        lower.setLayout(lowerLayout);
        heading = new Label(lower, SWT.NONE);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        items = QueueTables.table(lower);
        items.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(items, "Status", 60, o -> ((ItemElement) o).item().status().word());
        column(items, "Where", 200,
                o -> ItemTexts.where(((ItemElement) o).item().position(), ((ItemElement) o).text()));
        column(items, "Versions", 260, o -> ItemTexts.versionsInline(((ItemElement) o).item(), annotators));
        items.addOpenListener(e -> {
            if (items.getStructuredSelection().getFirstElement() instanceof ItemElement element) {
                open.accept(element.item());
            }
        });
    }

    /** Returns the items table, which offers its selection to the workbench. */
    TableViewer viewer() {
        return items;
    }

    /** Lists no items and says {@code text} above the table. */
    void clear(String text) {
        ++generation;
        shown = List.of();
        items.setInput(List.of());
        heading.setText(text);
    }

    /** Reads the open items of {@code document} from {@code store} in a job and lists them. */
    void show(CorpusStore store, String document, boolean includeInProgress) {
        int current = ++generation;
        heading.setText("Reading the items of " + document + " \u2026");
        running++;
        Job job = Job.create("Reading the items of " + document, monitor -> {
            List<ItemElement> rows = new ArrayList<>();
            SortedSet<String> compared = new TreeSet<>();
            String error = null;
            try {
                CurationSession loaded = CurationSession.load(store, store.document(document).orElseThrow(), null,
                        includeInProgress);
                String text = loaded.gold().getDocumentText();
                compared.addAll(loaded.annotators());
                for (QueueItem item : loaded.queue()) {
                    rows.add(new ItemElement(item, text, null));
                }
            } catch (CorpusException | RuntimeException e) {
                error = "The items of " + document + " could not be read: " + e.getMessage();
                ILog.of(OpenItemsPane.class).warn(error, e);
            }
            String failure = error;
            heading.getDisplay().asyncExec(() -> {
                running--;
                if (current != generation || items.getControl().isDisposed()) {
                    return;
                }
                shown = rows.stream().map(ItemElement::item).toList();
                annotators = compared;
                items.setInput(rows);
                heading.setText(failure != null
                        ? failure
                        : document + ": " + rows.size() + " open item(s)"
                                + (rows.isEmpty() ? "" : "; double-click one to decide it"));
            });
        });
        job.setUser(false);
        job.schedule();
    }

    /** Returns whether items are being read. */
    boolean isComputing() {
        return running > 0;
    }

    /** Returns the open items listed. */
    List<QueueItem> items() {
        return shown;
    }
}
