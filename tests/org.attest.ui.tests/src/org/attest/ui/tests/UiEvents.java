package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs the UI thread's pending work for tests, and waits on it for jobs that report back to the UI thread. */
final class UiEvents {

    private UiEvents() {
    }

    /** Runs every pending UI event. */
    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending UI events
        }
    }

    /** Runs UI events until {@code done} holds, for at most a minute; fails naming {@code what} otherwise. */
    static void waitFor(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        flush();
        while (!done.getAsBoolean() && System.currentTimeMillis() < deadline) {
            if (!Display.getCurrent().readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        flush();
        assertThat(done.getAsBoolean()).as(what).isTrue();
    }
}
