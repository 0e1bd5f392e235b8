package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.ui.tests.UiEvents.flush;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.EditorCommands;
import org.attest.ui.perspectives.AnnotatePerspective;
import org.attest.ui.preferences.AttestPreferences;
import org.attest.ui.suggest.SuggestPreferences;
import org.attest.ui.suggest.SuggestionsAddon;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's keys while the rule recommenders compute suggestions for the 1 MB article in the background (run by
 * {@code ./attest bench --ui}, not by the test suite); figures go to stdout and
 * target/editor-suggestions-benchmark.json.
 */
class EditorSuggestionsBenchmark {

    @TempDir
    Path tmp;

    @Test
    void keysWhileTheSuggestionsOfAOneMegabyteArticleAreComputed() throws Exception {
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).put(AttestPreferences.ANNOTATOR, "bench");
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).putInt(AttestPreferences.AUTOSAVE_SECONDS, 0);
        InstanceScope.INSTANCE.getNode(SuggestPreferences.NODE).putBoolean(SuggestPreferences.SHOW, true);
        Path corpus = BigDocument.create(tmp);
        var workbench = PlatformUI.getWorkbench();
        workbench.getService(CorpusSession.class).open(corpus);
        IWorkbenchPage page = workbench.showPerspective(AnnotatePerspective.ID, workbench.getActiveWorkbenchWindow());
        AnnotationEditor editor = EditorCommands.open(page, "big");
        AnnotationEditorFixture.waitUntilLoaded(editor);
        SuggestionsAddon addon = SuggestionsAddon.of(editor.textWidget());
        StyledText text = editor.textWidget();
        long started = System.nanoTime();

        // keys while a computation runs: the one of opening, then those after each pause in typing
        List<Double> keys = new ArrayList<>();
        List<Double> creates = new ArrayList<>();
        List<Double> tabs = new ArrayList<>();
        int line = text.getLineCount() / 3;
        long until = System.nanoTime() + (long) 120e9;
        for (int round = 0; round < 5 && System.nanoTime() < until; round++) {
            if (Job.getJobManager().find(SuggestionsAddon.JOBS).length == 0) {
                // nothing to wait for: an edit computes again once typing pauses
                text.setSelection(text.getOffsetAtLine(line), text.getOffsetAtLine(line) + 3);
                press(text, 'q', 'q');
            }
            while (!computing() && System.nanoTime() < until) {
                if (!Display.getCurrent().readAndDispatch()) {
                    Thread.sleep(5);
                }
            }
            while (computing() && keys.size() < 400) {
                // as an annotator works: a word selected and labelled with a hot key, then Tab to the annotation
                // after the new one (the caret stays where the annotator is working)
                text.setTopIndex(line++);
                int begin = text.getText().indexOf(' ', text.getOffsetAtLine(text.getTopIndex())) + 1;
                text.setSelection(begin, text.getText().indexOf(' ', begin));
                double create = press(text, 'q', 'q');
                double tab = press(text, '\t', SWT.TAB);
                keys.add(create);
                keys.add(tab);
                creates.add(create);
                tabs.add(tab);
                editor.select(null);
            }
        }
        assertThat(keys).as("keys pressed while suggestions were computed").isNotEmpty();
        int keysWhileComputing = keys.size();
        // the outcome reaches the UI thread: each dispatch until then is a pause the annotator could feel
        List<Double> dispatch = new ArrayList<>();
        while (addon.outcomes() == 0 && System.nanoTime() - started < 300e9) {
            long s = System.nanoTime();
            if (!Display.getCurrent().readAndDispatch()) {
                Thread.sleep(2);
            }
            dispatch.add((System.nanoTime() - s) / 1e6);
        }
        double computeMs = (System.nanoTime() - started) / 1e6;
        flush();
        int suggestions = addon.ghosts().shown().size();
        List<Double> settle = new ArrayList<>();
        for (int i = 0; i < 20 && !addon.ghosts().shown().isEmpty(); i++) {
            settle.add(press(text, '\t', SWT.TAB));
            settle.add(press(text, '\r', SWT.CR));
        }
        String json = String.format(java.util.Locale.ROOT,
                "{\"keysWhileComputing\": %d, \"keyP50Ms\": %.1f, \"keyP95Ms\": %.1f, \"keyMaxMs\": %.1f, \"untilSettledMs\": %.1f,"
                        + " \"dispatchMaxMs\": %.1f, \"suggestions\": %d, \"tabEnterP50Ms\": %.1f,"
                        + " \"tabEnterMaxMs\": %.1f, \"createWhileComputingP50Ms\": %.1f,"
                        + " \"createWhileComputingMaxMs\": %.1f, \"tabWhileComputingP50Ms\": %.1f,"
                        + " \"tabWhileComputingMaxMs\": %.1f, \"targets\": {\"keyMs\": 100}}",
                keysWhileComputing, BigDocument.percentile(keys, 50), BigDocument.percentile(keys, 95),
                Collections.max(keys), computeMs,
                max(dispatch), suggestions, settle.isEmpty() ? 0.0 : BigDocument.percentile(settle, 50), max(settle),
                creates.isEmpty() ? 0.0 : BigDocument.percentile(creates, 50), max(creates),
                tabs.isEmpty() ? 0.0 : BigDocument.percentile(tabs, 50), max(tabs));
        System.out.println("EDITOR-SUGGESTIONS-BENCHMARK " + json);
        Files.writeString(Path.of("target", "editor-suggestions-benchmark.json"), json);
        page.closeAllEditors(false);
        workbench.getService(CorpusSession.class).close();
        InstanceScope.INSTANCE.getNode(SuggestPreferences.NODE).remove(SuggestPreferences.SHOW);
        assertThat(addon.outcomes()).as("the suggestions arrived").isPositive();
    }

    private static double max(List<Double> values) {
        return values.isEmpty() ? 0.0 : Collections.max(values).doubleValue();
    }

    private static boolean computing() {
        return java.util.Arrays.stream(Job.getJobManager().find(SuggestionsAddon.JOBS))
                .anyMatch(j -> j.getState() == Job.RUNNING);
    }

    // Presses one key in the text and returns the milliseconds until the text has repainted.
    private static double press(StyledText text, char character, int keyCode) {
        Event e = new Event();
        e.character = character;
        e.keyCode = keyCode;
        long s = System.nanoTime();
        text.notifyListeners(SWT.KeyDown, e);
        text.update();
        double ms = (System.nanoTime() - s) / 1e6;
        flush();
        return ms;
    }
}
