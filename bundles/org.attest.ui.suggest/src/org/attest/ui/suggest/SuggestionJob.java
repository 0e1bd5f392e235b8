package org.attest.ui.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.uima.cas.CAS;
import org.attest.model.Document;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.suggest.SuggestionService;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.Suggestion;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Computes the suggestions for one document in the background: reads the annotator's saved CAS (its own copy, so the
 * editor's CAS is never touched off the UI thread), asks the chosen recommenders through the suggestion service (which
 * leaves out what that CAS holds and what the annotator rejected) and hands the outcome to the UI thread. Scheduling it
 * again while it waits restarts the wait, so a burst of edits computes once.
 */
final class SuggestionJob extends Job {

    /** The family of every suggestion job, for waiting on them. */
    static final Object FAMILY = SuggestionJob.class;

    /**
     * What one run found.
     *
     * @param suggestions the suggestions of every recommender that answered
     * @param problems one message per recommender that could not answer, naming it
     */
    record Outcome(List<Suggestion> suggestions, List<String> problems) {
    }

    private final CorpusStore store;
    private final Document document;
    private final String annotator;
    private final Supplier<List<Recommender>> recommenders;
    private final Display display;
    private final Consumer<Outcome> done;

    /**
     * Creates the job of {@code annotator}'s {@code document}, which asks the {@code recommenders} chosen when it runs
     * and gives the outcome to {@code done} on the UI thread of {@code display}.
     */
    SuggestionJob(CorpusStore store, Document document, String annotator, Supplier<List<Recommender>> recommenders,
            Display display, Consumer<Outcome> done) {
        super("Suggestions for " + document.getId());
        this.store = store;
        this.document = document;
        this.annotator = annotator;
        this.recommenders = recommenders;
        this.display = display;
        this.done = done;
        setSystem(true);
        setPriority(DECORATE);
    }

    /**
     * Computes again after {@code delayMillis}: a wait not yet over starts again, a computation under way finishes and
     * is followed by another.
     */
    void restart(long delayMillis) {
        if (getState() == SLEEPING || getState() == WAITING) {
            cancel();
        }
        schedule(delayMillis);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Outcome outcome;
        try {
            CAS cas = store.readCas(document, annotator);
            List<Recommender> chosen = recommenders.get();
            SuggestionService.Result result = new SuggestionService(store).compute(document, annotator, cas, chosen);
            List<String> problems = new ArrayList<>();
            result.failures().forEach(f -> problems.add(f.recommender() + ": " + f.message()));
            outcome = new Outcome(result.suggestions(), problems);
        } catch (CorpusException e) {
            outcome = new Outcome(List.of(), List.of("No suggestions for " + document.getId() + ": " + e.getMessage()));
        }
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        deliver(outcome);
        return Status.OK_STATUS;
    }

    private void deliver(Outcome outcome) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> done.accept(outcome));
        }
    }
}
