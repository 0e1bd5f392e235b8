package org.attest.ui.curation;

import java.util.ArrayList;
import java.util.List;

import org.attest.curation.CurationSession;
import org.attest.curation.ItemStatus;
import org.attest.curation.MergePolicy;
import org.attest.curation.QueueItem;
import org.attest.model.GoldState;
import org.attest.model.Layer;
import org.attest.model.schema.Schemas;
import org.attest.store.CorpusException;

/**
 * The curation editor's decisions: take, reject, keep, edit, comment and auto-merge on the current item, and marking
 * the document curated.
 */
final class DecisionActions {

    /** A reviewer's decision on the current item, refused with a message when the document is read-only. */
    @FunctionalInterface
    interface Decision {

        String decide(CurationSession session, QueueItem item) throws CorpusException;
    }

    private final CurationEditor editor;

    DecisionActions(CurationEditor editor) {
        this.editor = editor;
    }

    /** Runs {@code decision} on the current item and shows what it did; returns whether it ran. */
    boolean decide(Decision decision) {
        return run(true, decision);
    }

    private boolean run(boolean needsItem, Decision decision) {
        CurationSession session = editor.session();
        if (session == null) {
            return false;
        }
        QueueItem item = editor.currentItem();
        String readOnly = editor.readOnlyReason();
        if (readOnly != null || item == null && needsItem) {
            editor.status(readOnly != null
                    ? "Read-only: " + readOnly
                    : "No item is selected; press N for the next open item.");
            editor.textWidget().getDisplay().beep();
            return false;
        }
        try {
            String done = decision.decide(session, item);
            editor.refresh();
            editor.status(done);
            return true;
        } catch (CorpusException | IllegalArgumentException | IllegalStateException e) {
            editor.status(org.attest.ui.corpus.WorkbenchFixes.describe(e));
            editor.textWidget().getDisplay().beep();
            return false;
        }
    }

    /**
     * Puts the version of lane {@code number} (1-based) into the gold; an annotator without one there means no
     * annotation.
     */
    boolean take(int number) {
        return decide((s, item) -> {
            List<String> annotators = new ArrayList<>(s.annotators());
            if (number < 1 || number > annotators.size()) {
                throw new CorpusException("there is no lane " + number + "; the lanes are 1 to " + annotators.size());
            }
            String annotator = annotators.get(number - 1);
            if (item.configurationOf(annotator) == null) {
                s.reject(item.position(), null);
                return annotator + " has no annotation here: the gold has none either. N: next open item.";
            }
            s.take(item.position(), annotator, null);
            return "Took " + annotator + "'s version: " + ItemTexts.version(item.configurationOf(annotator))
                    + ". N: next open item.";
        });
    }

    /** Decides that the current item holds no annotation. */
    boolean reject() {
        return decide((s, item) -> {
            s.reject(item.position(), null);
            return "No annotation here in the gold. N: next open item.";
        });
    }

    /** Confirms the current item's earlier decision after the annotators changed their work. */
    boolean keep() {
        return decide((s, item) -> {
            if (item.status() != ItemStatus.CHANGED) {
                throw new CorpusException("K keeps a decision whose annotations changed since; this item is "
                        + item.status().word()
                        + (item.decision() == null ? ": take a version (1\u20139), edit (E) or reject it (X)" : ""));
            }
            s.keep(item.position(), null);
            return "Kept the decision. N: next open item.";
        });
    }

    /** Puts the current item into the gold with its label feature set to {@code label}. */
    boolean edit(String label) {
        return decide((s, item) -> {
            Layer layer = Schemas.layer(editor.schema(), item.position().layer()).orElseThrow();
            if (layer.getLabelFeature() == null) {
                throw new CorpusException(layer.getName()
                        + " has no label to choose; take an annotator's version (1\u20139) or reject it (X)");
            }
            s.edit(item.position(), java.util.Map.of(layer.getLabelFeature().getName(), label), null);
            return "Edited: the gold has " + label + " here. N: next open item.";
        });
    }

    /** Sets the comment of the current item's decision. */
    boolean comment(String text) {
        return decide((s, item) -> {
            s.comment(item.position(), text);
            return text == null || text.isBlank()
                    ? "Comment removed."
                    : "Comment saved with the decision (Ctrl+S writes it).";
        });
    }

    /** Goes to {@code item} and sets the comment of its decision, as the Properties view asks. */
    void commentOn(QueueItem item, String text) {
        editor.go(item.position());
        comment(text);
    }

    /** Merges what every compared annotator agrees on, without touching reviewer decisions. */
    boolean autoMerge() {
        return run(false, (s, item) -> {
            CurationSession.MergeCount count = s.autoMerge(MergePolicy.UNANIMOUS);
            return "Auto-merge (unanimous) merged " + count.merged() + " position(s)"
                    + (count.waiting() > 0
                            ? "; " + count.waiting() + " wait for a span that is not in the gold yet"
                            : "")
                    + ".";
        });
    }

    /** Saves, then marks the document curated; refused with the core's message while items are open. */
    void markCurated() throws CorpusException {
        CurationSession session = requireSession();
        String readOnly = editor.readOnlyReason();
        if (readOnly != null && session.goldState() != GoldState.CURATED) {
            throw new CorpusException(readOnly);
        }
        if (editor.isDirty()) {
            session.save();
        }
        session.markCurated();
        editor.corpus().changed();
        editor.updateReadOnly();
        editor.refresh();
        editor.status("'" + editor.document().getId() + "' is marked curated.");
    }

    /** Gives a curated document back to curation, held by this reviewer. */
    void reopenCuration() throws CorpusException {
        CurationSession session = requireSession();
        if (session.lockedBy().isPresent() || editor.corpus().readOnlyReason() != null) {
            throw new CorpusException(editor.readOnlyReason());
        }
        session.reopen();
        editor.corpus().changed();
        editor.updateReadOnly();
        editor.refresh();
        editor.status("'" + editor.document().getId() + "' is back in curation, held by " + editor.reviewer() + ".");
    }

    private CurationSession requireSession() throws CorpusException {
        if (editor.session() == null) {
            throw new CorpusException("'" + editor.document().getId() + "' is still loading; try again in a moment");
        }
        return editor.session();
    }
}
