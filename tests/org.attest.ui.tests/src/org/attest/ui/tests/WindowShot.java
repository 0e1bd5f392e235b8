package org.attest.ui.tests;

import static org.attest.ui.tests.UiEvents.flush;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.ui.editor.AnnotationEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Keeps a picture of an editor's window in target/screenshots for a person to look at. */
final class WindowShot {

    private WindowShot() {
    }

    /** Repaints the editor's text until it settles, then saves its window as target/screenshots/{@code name}. */
    static void save(AnnotationEditor editor, String name) throws Exception {
        for (int i = 0; i < 5; i++) {
            editor.textWidget().redraw();
            editor.textWidget().update();
            flush();
            Thread.sleep(50);
        }
        save(editor.getSite().getShell(), name);
    }

    /** Saves the window {@code shell} as it is on the screen as target/screenshots/{@code name}. */
    static void save(Shell shell, String name) throws Exception {
        flush();
        Display display = Display.getCurrent();
        Rectangle window = shell.getBounds();
        Image image = new Image(display, window.width, window.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, window.x, window.y);
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[]{image.getImageData()};
            loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
