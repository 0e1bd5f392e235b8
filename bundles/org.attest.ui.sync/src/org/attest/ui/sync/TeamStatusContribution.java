package org.attest.ui.sync;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;

import org.attest.sync.StatusService;
import org.attest.sync.TeamStatus;
import org.attest.ui.corpus.CorpusSession;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

/** The team state in the status bar: commits to publish and to receive, and when the corpus last synchronised. */
public final class TeamStatusContribution extends WorkbenchWindowControlContribution {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    /** Returns the status-bar text for {@code status}: not shared, or ahead, behind and the last sync. */
    public static String text(Optional<TeamStatus> status) {
        if (status.isEmpty()) {
            return "Team: not shared";
        }
        TeamStatus s = status.get();
        String changes = s.changes().isEmpty() ? "" : ", unrecorded work";
        return "Team: " + s.ahead() + " to publish" + changes + ", " + s.behind() + " to receive, "
                + s.lastSync().map(t -> "synced " + TIME.format(t)).orElse("never synced");
    }

    @Override
    protected Control createControl(Composite parent) {
        Label label = new Label(parent, SWT.NONE);
        // the status bar sizes its items once, when they are made: the longest text reserves the room the others need
        label.setText("Team: 999 to publish, unrecorded work, 999 to receive, synced 00:00   ");
        CorpusSession session = getWorkbenchWindow().getService(CorpusSession.class);
        Consumer<CorpusSession> listener = s -> refresh(label, s);
        session.addListener(listener);
        label.addDisposeListener(e -> session.removeListener(listener));
        refresh(label, session);
        return label;
    }

    // Reading the team state walks the corpus folder, so it runs in the background and updates the label after.
    private static void refresh(Label label, CorpusSession session) {
        Optional<Path> dir = session.store().map(s -> s.layout().dir());
        Job job = Job.create("Reading the team state", monitor -> {
            Optional<TeamStatus> status = dir.flatMap(StatusService::quick);
            String text = dir.isEmpty() ? "Team: no corpus" : text(status);
            String tip = status.map(s -> s.remote().orElse("no remote") + ", you are " + s.user())
                    .orElse("Share the corpus with Team > Share Corpus...");
            if (!label.isDisposed()) {
                label.getDisplay().asyncExec(() -> {
                    if (!label.isDisposed()) {
                        label.setText(text + "   ");
                        label.setToolTipText(tip);
                        label.getParent().getParent().layout(true, true);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }
}
