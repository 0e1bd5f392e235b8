package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.ui.tests.UiEvents.flush;
import static org.attest.ui.tests.UiEvents.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.attest.model.Layer;
import org.attest.model.Schema;
import org.attest.model.Tag;
import org.attest.store.CorpusStore;
import org.attest.testing.ScriptedWork;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.curation.CurationCommands;
import org.attest.ui.curation.CurationEditor;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.EditorCommands;
import org.attest.ui.perspectives.AnnotatePerspective;
import org.attest.ui.perspectives.CuratePerspective;
import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotation and the curation editor paint annotations in the schema's colours; the pictures of the workbench are
 * kept in {@code target/screenshots} for a person to look at.
 */
class EditorScreenshotsTest {

    private static final String DOC = "harbour-flood-a";

    @TempDir
    Path tmp;

    private final IWorkbench workbench = PlatformUI.getWorkbench();
    private IWorkbenchPage page;

    @AfterEach
    void closeEverything() throws Exception {
        if (page != null) {
            page.closeAllEditors(false);
        }
        workbench.getService(CorpusSession.class).close();
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.ANNOTATOR);
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).remove(AttestPreferences.AUTOSAVE_SECONDS);
    }

    @Test
    void theAnnotationAndTheCurationEditorPaintAnnotationsInTheSchemasColours() throws Exception {
        Path corpus = tmp.resolve("flood");
        ScriptedWork.annotatedByAnnaAndBen(corpus);
        Set<RGB> colours;
        try (CorpusStore store = CorpusStore.open(corpus, CorpusStore.Mode.READ, "test")) {
            colours = colours(store.corpus().getSchema());
        }
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).putInt(AttestPreferences.AUTOSAVE_SECONDS, 0);
        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).put(AttestPreferences.ANNOTATOR, "anna");
        workbench.getService(CorpusSession.class).open(corpus);

        page = workbench.showPerspective(AnnotatePerspective.ID, workbench.getActiveWorkbenchWindow());
        AnnotationEditor annotation = EditorCommands.open(page, DOC);
        waitFor(annotation::loaded, "the annotation editor loaded " + DOC);
        assertThat(pixelsOf(annotation.textWidget(), colours, "annotation-editor.png"))
                .as("pixels in the schema's colours")
                .isGreaterThan(200);
        page.closeAllEditors(false);

        InstanceScope.INSTANCE.getNode(AttestPreferences.NODE).put(AttestPreferences.ANNOTATOR, "kari");
        page = workbench.showPerspective(CuratePerspective.ID, workbench.getActiveWorkbenchWindow());
        CurationEditor curation = CurationCommands.open(page, DOC, false);
        waitFor(curation::loaded, "the curation editor loaded " + DOC);
        assertThat(pixelsOf(curation.textWidget(), colours, "curation-editor.png")).as("pixels in the schema's colours")
                .isGreaterThan(200);
    }

    private static Set<RGB> colours(Schema schema) {
        Set<RGB> colours = new HashSet<>();
        for (Layer layer : schema.getLayers()) {
            add(colours, layer.getColor());
            if (layer.getLabelFeature() != null && layer.getLabelFeature().getTagset() != null) {
                for (Tag tag : layer.getLabelFeature().getTagset().getTags()) {
                    add(colours, tag.getColor());
                }
            }
        }
        return colours;
    }

    private static void add(Set<RGB> colours, String hex) {
        if (hex != null) {
            int v = Integer.parseInt(hex.substring(1), 16);
            colours.add(new RGB((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff));
        }
    }

    // Saves a picture of the whole window as target/screenshots/<name>, and counts the text's pixels in the colours.
    private static int pixelsOf(StyledText text, Set<RGB> colours, String name) throws Exception {
        Display display = text.getDisplay();
        for (int i = 0; i < 5; i++) {
            text.redraw();
            text.update();
            flush();
            Thread.sleep(100);
        }
        Rectangle window = text.getShell().getBounds();
        ImageData shot = capture(display, window);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[]{shot};
        loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
        Rectangle area = display.map(text, null, text.getClientArea());
        int count = 0;
        for (int x = area.x - window.x; x < area.x - window.x + area.width; x++) {
            for (int y = area.y - window.y; y < area.y - window.y + area.height; y++) {
                if (x >= 0 && y >= 0 && x < shot.width && y < shot.height
                        && colours.contains(shot.palette.getRGB(shot.getPixel(x, y)))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static ImageData capture(Display display, Rectangle bounds) {
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
