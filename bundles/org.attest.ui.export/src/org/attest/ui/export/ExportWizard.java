package org.attest.ui.export;

import java.util.function.Consumer;

import org.attest.export.ExportRequest;
import org.attest.export.ExportResult;
import org.attest.export.ExportService;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.Wizard;

/** The Export wizard: collects the export settings, then runs the export as a Job with progress. */
public final class ExportWizard extends Wizard {

    private final CorpusStore store;
    private final Consumer<IStatus> done;
    private ExportPage page;
    private Job job;

    /** Creates the wizard for {@code store}; {@code done} hears the job's result (a summary or the error). */
    public ExportWizard(CorpusStore store, Consumer<IStatus> done) {
        this.store = store;
        this.done = done;
        setWindowTitle("Export Training Data");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new ExportPage(store);
        addPage(page);
    }

    /** Starts the export job and closes the wizard; the job reports its result when it ends. */
    @Override
    public boolean performFinish() {
        ExportRequest request;
        try {
            request = page.request();
        } catch (RuntimeException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        job = Job.create("Exporting " + request.format() + " from " + request.from(), monitor -> {
            monitor.beginTask("Exporting " + store.corpus().getDocuments().size() + " documents",
                    store.corpus().getDocuments().size());
            try {
                ExportResult result = new ExportService(store).export(request, message -> {
                    if (message.startsWith(ExportService.DOCUMENT_PROGRESS)) {
                        monitor.worked(1);
                    }
                    monitor.subTask(message);
                });
                IStatus status = Status.info(summary(result));
                done.accept(status);
                return Status.OK_STATUS;
            } catch (CorpusException | RuntimeException e) {
                IStatus status = Status.error(org.attest.ui.corpus.WorkbenchFixes.describe(e), e);
                ILog.of(ExportWizard.class).log(status);
                done.accept(status);
                return Status.OK_STATUS;
            } finally {
                monitor.done();
            }
        });
        job.setUser(true);
        job.schedule();
        return true;
    }

    /** Pre-fills the page (after the dialog created it) with a format, a source and an output folder. */
    public void prefill(String format, String from, String folder) {
        page.format.select(page.format.indexOf(format));
        page.source.select(page.source.indexOf(from));
        page.folder.setText(folder);
    }

    /** Returns the running or finished job, for callers that wait for it. */
    public Job job() {
        return job;
    }

    private static String summary(ExportResult result) {
        long bytes = result.files().stream().mapToLong(ExportResult.FileEntry::size).sum();
        return "Exported " + result.files().size() + " file(s), " + String.format("%,d", bytes) + " bytes, to "
                + result.outDir()
                + "; manifest.json lists every file with its SHA-256.";
    }
}
