package org.attest.ui.suggest;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.edit.AnnotationNavigator;
import org.attest.edit.EditCommand;
import org.attest.model.schema.Schemas;
import org.attest.store.CorpusException;
import org.attest.suggest.Acceptance;
import org.attest.suggest.Rejections;
import org.attest.suggest.api.Recommender;
import org.attest.suggest.api.Recommenders;
import org.attest.suggest.api.Suggestion;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.DocumentEditorInput;
import org.attest.ui.editor.EditorAddon;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Suggestions in one annotation editor: ghost spans computed in the background, settled by keys. Enter accepts the
 * suggestion that is current (walked to with Tab, or clicked), Backspace rejects it for good, Tab and Shift+Tab walk
 * annotations and suggestions together, Ctrl+Shift+Enter accepts all from the toolbar's threshold in one undoable step.
 */
public final class SuggestionsAddon implements EditorAddon {

    /** The family of the background jobs that compute suggestions, for waiting on them or watching them. */
    public static final Object JOBS = SuggestionJob.FAMILY;

    /** How long the editor waits after an edit before computing the suggestions again, in milliseconds. */
    static final long AFTER_EDITS = 1500;

    private final GhostSuggestions ghosts = new GhostSuggestions();
    private AnnotationEditor editor;
    private StyledText text;
    private String annotator;
    private SuggestionToolbar toolbar;
    private SuggestionJob job;
    private List<String> problems = List.of();
    private List<String> reported = List.of();
    private int outcomes;

    /** Creates the add-on; the editor installs it. */
    public SuggestionsAddon() {
    }

    /** Returns the suggestions the editor shows. */
    public GhostSuggestions ghosts() {
        return ghosts;
    }

    /** Returns how many computations have reported to the editor since it opened. */
    public int outcomes() {
        return outcomes;
    }

    /** Returns the add-on installed in the editor whose text is {@code text}, or null. */
    public static SuggestionsAddon of(StyledText text) {
        return (SuggestionsAddon) text.getData(SuggestionsAddon.class.getName());
    }

    @Override
    public void install(AnnotationEditor target, Composite bar) {
        editor = target;
        text = target.textWidget();
        annotator = ((DocumentEditorInput) target.getEditorInput()).annotator();
        List<Recommender> installed = installed();
        new GhostPainter(text, ghosts, name -> Schemas.layer(editor.schema(), name).orElse(null));
        toolbar = new SuggestionToolbar(bar, installed, this::acceptAll, () -> job.restart(0));
        text.addListener(SWT.MouseUp, this::mouseUp);
        text.setData(SuggestionsAddon.class.getName(), this);
        job = new SuggestionJob(editor.store(), editor.document(), annotator,
                () -> SuggestPreferences.enabled(installed), text.getDisplay(), this::computed);
        job.schedule();
    }

    private List<Recommender> installed() {
        try {
            return Recommenders.all();
        } catch (IllegalStateException e) {
            ILog.of(SuggestionsAddon.class).error(e.getMessage(), e);
            problems = List.of(e.getMessage());
            return List.of();
        }
    }

    private void computed(SuggestionJob.Outcome outcome) {
        if (text.isDisposed()) {
            return;
        }
        outcomes++;
        List<String> found = new ArrayList<>(problems);
        found.addAll(outcome.problems());
        ghosts.computed(outcome.suggestions(), HeldAnnotations.of(editor));
        reported = found;
        toolbar.show(ghosts.shown().size(), reported);
        if (!outcome.problems().isEmpty()) {
            editor.status(outcome.problems().get(0));
        }
        text.redraw();
    }

    @Override
    public void refreshed() {
        if (job == null) {
            return;
        }
        ghosts.filter(HeldAnnotations.of(editor));
        toolbar.show(ghosts.shown().size(), reported);
        if (editor.isDirty()) {
            job.restart(AFTER_EDITS);
        }
    }

    @Override
    public boolean keyDown(Event e) {
        boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        boolean enter = e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR;
        if (enter && ctrl && shift) {
            acceptAll();
            return true;
        }
        if ((e.stateMask & SWT.MODIFIER_MASK & ~SWT.SHIFT) != 0) {
            return false;
        }
        if (e.keyCode == SWT.TAB) {
            return !ghosts.shown().isEmpty() && walk(!shift);
        }
        if (e.keyCode == SWT.ESC && ghosts.current() != null) {
            ghosts.setCurrent(null);
            text.redraw();
            return false;
        }
        Suggestion target = shift ? null : target();
        if (target == null) {
            return false;
        }
        if (enter) {
            accept(target);
            return true;
        }
        if (e.keyCode == SWT.BS) {
            reject(target);
            return true;
        }
        return false;
    }

    /** Returns the suggestion the keys act on: the current one, else the one at the caret when no annotation is. */
    private Suggestion target() {
        if (ghosts.current() != null) {
            return ghosts.current();
        }
        Point sel = text.getSelection();
        if (editor.selected() != null || sel.x != sel.y) {
            return null;
        }
        List<Suggestion> here = ghosts.at(text.getCaretOffset());
        return here.isEmpty() ? null : here.get(0);
    }

    private void accept(Suggestion s) {
        EditCommand command;
        try {
            command = Acceptance.command(editor.editing(), s);
        } catch (IllegalArgumentException ex) {
            editor.status(ex.getMessage());
            return;
        }
        if (editor.run(command)) {
            editor.layers().spans(s.layer()).stream()
                    .filter(fs -> fs.getBegin() == s.begin() && fs.getEnd() == s.end()
                            && s.recommender().equals(Acceptance.suggestedBy(fs)))
                    .findFirst().ifPresent(editor::select);
        }
    }

    private void acceptAll() {
        double threshold = toolbar.threshold();
        List<Suggestion> all = ghosts.atLeast(threshold);
        if (all.isEmpty()) {
            editor.status("No suggestion scores " + Math.round(threshold * 100)
                    + "% or more; lower the threshold in the editor's toolbar to accept more");
            text.getDisplay().beep();
            return;
        }
        try {
            editor.run(Acceptance.all(editor.editing(), all));
        } catch (IllegalArgumentException ex) {
            editor.status(ex.getMessage());
        }
    }

    private void reject(Suggestion s) {
        if (!editor.editability().editable()) {
            editor.status("Read-only: " + editor.editability().reason());
            text.getDisplay().beep();
            return;
        }
        ghosts.reject(s);
        toolbar.show(ghosts.shown().size(), reported);
        try {
            Rejections.reject(editor.store(), annotator, editor.document(), s);
            editor.status("Rejected " + describe(s) + "; it is not proposed to " + annotator + " again");
        } catch (CorpusException ex) {
            editor.status("Rejected " + describe(s) + " until the editor closes; it could not be remembered: "
                    + ex.getMessage());
        }
        text.redraw();
    }

    private boolean walk(boolean forward) {
        List<AnnotationFS> annotations = AnnotationNavigator.order(editor.cas(), editor.schema());
        TabWalk.Stop stop = new TabWalk(annotations, ghosts.shown()).next(forward, editor.selected(),
                ghosts.current());
        if (stop == null) {
            return false;
        }
        if (stop.annotation() != null) {
            ghosts.setCurrent(null);
            editor.select(stop.annotation());
            return true;
        }
        editor.select(null);
        show(stop.suggestion());
        return true;
    }

    private void show(Suggestion s) {
        ghosts.setCurrent(s);
        text.setSelection(s.begin(), s.end());
        text.showSelection();
        editor.status("Suggestion: " + describe(s) + ", " + Math.round(s.score() * 100) + "%"
                + (s.reason().isEmpty() ? "" : ": " + s.reason()) + " — Enter accepts, Backspace rejects");
        text.redraw();
    }

    private void mouseUp(Event e) {
        if (e.button != 1 || text.getSelectionCount() > 0) {
            return;
        }
        List<Suggestion> here = editor.selected() == null ? ghosts.at(text.getCaretOffset()) : List.of();
        if (here.isEmpty()) {
            ghosts.setCurrent(null);
            text.redraw();
        } else {
            show(here.get(0));
        }
    }

    @Override
    public String hoverAt(int offset) {
        StringBuilder sb = new StringBuilder();
        for (Suggestion s : ghosts.at(offset)) {
            sb.append(sb.isEmpty() ? "" : "\n").append("Suggested ").append(describe(s)).append(", ")
                    .append(Math.round(s.score() * 100)).append('%');
            if (!s.reason().isEmpty()) {
                sb.append(": ").append(s.reason());
            }
        }
        return sb.isEmpty() ? null : sb.append("\nEnter accepts, Backspace rejects, Tab moves on").toString();
    }

    /**
     * Returns how a suggestion is named in the status line and tooltip, such as {@code PERSON (Entity) from registry}.
     */
    private static String describe(Suggestion s) {
        return (s.label() == null ? s.layer() : s.label() + " (" + s.layer() + ")") + " from " + s.recommender();
    }

    @Override
    public void dispose() {
        if (job != null) {
            job.cancel();
        }
    }
}
