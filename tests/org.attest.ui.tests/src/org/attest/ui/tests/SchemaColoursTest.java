package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.ui.tests.UiEvents.flush;
import static org.attest.ui.tests.UiEvents.waitFor;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.attest.core.schema.SchemaService;
import org.attest.imports.ImportService;
import org.attest.io.ImportOptions;
import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.Tag;
import org.attest.model.schema.Schemas;
import org.attest.store.CorpusStore;
import org.attest.testing.Samples;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.EditorCommands;
import org.attest.ui.perspectives.AnnotatePerspective;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A colour in the schema that is not a colour is drawn grey and said so in the Eclipse log, once, naming its owner. */
class SchemaColoursTest {

    @TempDir
    Path tmp;

    private final IWorkbench workbench = PlatformUI.getWorkbench();
    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> logged.add(status);
    private IWorkbenchPage page;
    private AnnotationEditor sut;

    @AfterEach
    void closeEverything() throws Exception {
        Platform.removeLogListener(listener);
        if (page != null) {
            page.closeAllEditors(false);
        }
        workbench.getService(CorpusSession.class).close();
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.ANNOTATOR);
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.AUTOSAVE_SECONDS);
    }

    @Test
    void aTagWhoseColourIsNotAColourIsLoggedOnceAndItsSpansAreDrawnGrey() throws Exception {
        Path corpus = corpusWhosePersonTagIsColoured("#zzz");
        Platform.addLogListener(listener);
        openTheAnnotationEditor(corpus);

        StyledText text = sut.textWidget();
        int begin = text.getText().indexOf("Ana Kovačić");
        text.setSelection(begin, begin + "Ana Kovačić".length());
        Event key = new Event();
        key.character = 'p';
        key.keyCode = 'p';
        text.notifyListeners(SWT.KeyDown, key);
        sut.select(null);
        for (int i = 0; i < 3; i++) {
            text.redraw();
            text.update();
            flush();
        }

        // the log hands its entries to listeners on a thread of its own
        UiEvents.waitFor(() -> logged.stream().anyMatch(s -> s.getMessage().contains("#zzz")),
                "the warning about '#zzz' logged");
        assertThat(logged).filteredOn(s -> s.getMessage().contains("#zzz")).singleElement().satisfies(s -> {
            assertThat(s.getSeverity()).isEqualTo(IStatus.WARNING);
            assertThat(s.getMessage()).contains("tag 'PERSON' of layer 'Entity' has colour '#zzz', not a colour",
                    "drawing it grey");
        });
        Rectangle span = text.getTextBounds(begin, begin + "Ana Kovačić".length() - 1);
        assertThat(pixel(text, span.x + span.width / 2, span.y + span.height + 1)).as("the span's bar")
                .isEqualTo(new RGB(128, 128, 128));
    }

    private Path corpusWhosePersonTagIsColoured(String colour) throws Exception {
        Path corpus = tmp.resolve("flood");
        try (CorpusStore store = CorpusStore.init(corpus, "flood", "test")) {
            new ImportService(store).run(
                    new ImportService.Request(List.of(Samples.project()), ImportOptions.defaults(), null, null), m -> {
                    });
            Schema schema = EcoreUtil.copy(store.corpus().getSchema());
            Layer entity = Schemas.layer(schema, "Entity").orElseThrow();
            Tag person = entity.getLabelFeature().getTagset().getTags().stream()
                    .filter(t -> t.getName().equals("PERSON")).findFirst().orElseThrow();
            person.setColor(colour);
            new SchemaService(store).apply(schema);
        }
        return corpus;
    }

    private void openTheAnnotationEditor(Path corpus) throws Exception {
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).put(AttestPreferences.ANNOTATOR, "kari");
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).putInt(AttestPreferences.AUTOSAVE_SECONDS, 0);
        workbench.getService(CorpusSession.class).open(corpus);
        page = workbench.showPerspective(AnnotatePerspective.ID, workbench.getActiveWorkbenchWindow());
        sut = EditorCommands.open(page, "harbour-flood-a");
        waitFor(sut::loaded, "the document loaded");
        flush();
    }

    private static RGB pixel(StyledText text, int x, int y) {
        Image image = new Image(text.getDisplay(), text.getSize().x, text.getSize().y);
        GC gc = new GC(text);
        try {
            gc.copyArea(image, 0, 0);
            return image.getImageData().palette.getRGB(image.getImageData().getPixel(x, y));
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
