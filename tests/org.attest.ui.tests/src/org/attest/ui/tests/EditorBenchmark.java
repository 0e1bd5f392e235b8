package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.attest.cas.Layers;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.EditorCommands;
import org.attest.ui.perspectives.AnnotatePerspective;
import org.attest.ui.preferences.AttestPreferences;
import org.attest.ui.suggest.SuggestPreferences;
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
 * The large-document benchmark of the annotation editor (run by {@code ./attest bench --ui}, not by the test suite):
 * a 1 MB article with 10,000 annotations; figures go to stdout and target/editor-benchmark.json.
 */
class EditorBenchmark {

    @TempDir
    Path tmp;

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending UI events
        }
    }

    @Test
    void aOneMegabyteArticleWithTenThousandAnnotations() throws Exception {
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).put(AttestPreferences.ANNOTATOR, "bench");
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).putInt(AttestPreferences.AUTOSAVE_SECONDS, 0);
        // the editor alone; EditorSuggestionsBenchmark measures it while suggestions are computed
        InstanceScope.INSTANCE.getNode(SuggestPreferences.NODE).putBoolean(SuggestPreferences.SHOW, false);
        Path corpus = BigDocument.create(tmp);
        var workbench = PlatformUI.getWorkbench();
        workbench.getService(CorpusSession.class).open(corpus);
        IWorkbenchPage page = workbench.showPerspective(AnnotatePerspective.ID, workbench.getActiveWorkbenchWindow());
        flush();
        // baseline in the same run: the first editor of a session pays for the workbench's editor area, whatever the
        // document
        long b0 = System.nanoTime();
        EditorCommands.open(page, "small").textWidget().update();
        double openSmallFirstUiMs = (System.nanoTime() - b0) / 1e6;
        flush();
        page.closeAllEditors(false);
        flush();

        long t0 = System.nanoTime();
        AnnotationEditor editor = EditorCommands.open(page, "big");
        StyledText text = editor.textWidget();
        text.update();
        double openUiMs = (System.nanoTime() - t0) / 1e6;
        // the CAS loads in a job; the UI thread is only busy while the text is installed and painted
        List<Double> uiBusy = new ArrayList<>();
        while (!editor.loaded()) {
            long s = System.nanoTime();
            Display.getCurrent().readAndDispatch();
            uiBusy.add((System.nanoTime() - s) / 1e6);
            Thread.sleep(1);
        }
        // StyledText measures the remaining lines in idle slices; each slice is one dispatch the user could feel
        boolean more = true;
        while (more) {
            long s = System.nanoTime();
            more = Display.getCurrent().readAndDispatch();
            uiBusy.add((System.nanoTime() - s) / 1e6);
        }
        double openMs = (System.nanoTime() - t0) / 1e6;

        List<Double> scroll = new ArrayList<>();
        int lines = text.getLineCount();
        for (int i = 0; i < 200; i++) {
            long s = System.nanoTime();
            text.setTopIndex((int) ((long) i * (lines - 1) / 199));
            text.redraw();
            text.update();
            scroll.add((System.nanoTime() - s) / 1e6);
        }
        flush();

        List<Double> create = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            text.setTopIndex(lines / 2 + i);
            flush();
            int offset = text.getOffsetAtLine(text.getTopIndex());
            int begin = text.getText().indexOf(' ', offset) + 1;
            int end = text.getText().indexOf(' ', begin);
            text.setSelection(begin, end);
            Event e = new Event();
            e.character = 'q';
            e.keyCode = 'q';
            long s = System.nanoTime();
            text.notifyListeners(SWT.KeyDown, e);
            text.update();
            create.add((System.nanoTime() - s) / 1e6);
            flush();
        }

        int spans = new Layers(editor.cas(), editor.schema()).countPerLayer().get("Entity");
        page.closeAllEditors(false);
        flush();
        // a second open shows the editor's own cost without the workbench's one-time set-up of the editor area
        long w0 = System.nanoTime();
        AnnotationEditor again = EditorCommands.open(page, "big");
        again.textWidget().update();
        double openWarmUiMs = (System.nanoTime() - w0) / 1e6;
        String json = String.format(java.util.Locale.ROOT,
                "{\"textChars\": %d, \"annotations\": %d, \"openMs\": %.1f, \"openSmallDocFirstUiMs\": %.1f, \"openEditorUiMs\": %.1f, \"openMaxUiBusyMs\": %.1f, \"openEditorUiWarmMs\": %.1f, \"scrollP50Ms\": %.1f, \"scrollP95Ms\": %.1f, \"scrollMaxMs\": %.1f,"
                        + " \"createP50Ms\": %.1f, \"createMaxMs\": %.1f, \"targets\": {\"uiFreezeMs\": 100, \"createRepaintMs\": 50}}",
                editor.cas().getDocumentText().length(), spans, openMs, openSmallFirstUiMs, openUiMs,
                Collections.max(uiBusy), openWarmUiMs, BigDocument.percentile(scroll, 50),
                BigDocument.percentile(scroll, 95),
                Collections.max(scroll),
                BigDocument.percentile(create, 50), Collections.max(create));
        System.out.println("EDITOR-BENCHMARK " + json);
        Files.writeString(Path.of("target", "editor-benchmark.json"), json);
        page.closeAllEditors(false);
        workbench.getService(CorpusSession.class).close();
        InstanceScope.INSTANCE.getNode(SuggestPreferences.NODE).remove(SuggestPreferences.SHOW);
        assertThat(spans).isGreaterThanOrEqualTo(10_030 - 1);
    }
}
