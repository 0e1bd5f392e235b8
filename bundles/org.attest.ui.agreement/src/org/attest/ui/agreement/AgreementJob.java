package org.attest.ui.agreement;

import java.util.function.Consumer;

import org.attest.agreement.corpus.AgreementReport;
import org.attest.agreement.corpus.AgreementRequest;
import org.attest.agreement.corpus.AgreementService;
import org.attest.store.CorpusException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** Computes an agreement report in the background, one unit of progress per document, and hands over the outcome. */
final class AgreementJob extends Job {

    /** The family of every agreement job, for joining or cancelling them. */
    static final Object FAMILY = AgreementJob.class;

    /** What the job produced: a report, or the message of what went wrong. */
    record Outcome(AgreementReport report, String error) {
    }

    private final SnapshotInput input;
    private final AgreementRequest request;
    private final Consumer<Outcome> done;

    AgreementJob(SnapshotInput input, AgreementRequest request, Consumer<Outcome> done) {
        super("Measuring agreement");
        this.input = input;
        this.request = request;
        this.done = done;
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("Measuring agreement", input.documents().size());
        try {
            AgreementReport report = new AgreementService(input.store(), input.documents()).compute(request,
                    message -> {
                        if (monitor.isCanceled()) {
                            throw new OperationCanceledException();
                        }
                        monitor.subTask(message);
                        monitor.worked(1);
                    });
            done.accept(new Outcome(report, null));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (CorpusException | RuntimeException e) {
            // shown in the view, where the reviewer is looking, instead of an error dialog; logged for its trace
            String failure = "Agreement could not be measured: " + e.getMessage();
            ILog.of(AgreementJob.class).warn(failure, e);
            done.accept(new Outcome(null, failure));
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
