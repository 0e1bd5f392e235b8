package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * A person's mouse on the real X server: xdotool moves, presses and releases it in a process of its own while the UI
 * thread keeps dispatching the events it causes; and the status line as the person reads it.
 */
final class RealInput {

    private RealInput() {
    }

    /** Fails, saying how to install it, unless xdotool can drive the display the tests run on. */
    static void requireXdotool() {
        assertThat(available()).as("xdotool drives the mouse on the tests' X server (DISPLAY=%s); install it: "
                + "apt-get install -y xdotool (./attest test does)", System.getenv("DISPLAY")).isTrue();
    }

    private static boolean available() {
        try {
            Process p = new ProcessBuilder("xdotool", "getmouselocation").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Returns the screen point in the middle of the height of the character at {@code offset}, {@code dx} right. */
    static Point atOffset(StyledText text, int offset, int dx) {
        Point at = text.getLocationAtOffset(offset);
        return text.toDisplay(at.x + dx, at.y + text.getLineHeight(offset) / 2);
    }

    /** Presses the left button at {@code from}, moves to {@code to} in small steps and releases it there. */
    static void drag(Point from, Point to) throws Exception {
        List<String> steps = new ArrayList<>(List.of("mousemove", str(from.x), str(from.y), "sleep", "0.2",
                "mousedown", "1", "sleep", "0.1"));
        for (int i = 1; i <= 5; i++) {
            steps.addAll(List.of("mousemove", str(from.x + (to.x - from.x) * i / 5),
                    str(from.y + (to.y - from.y) * i / 5), "sleep", "0.1"));
        }
        steps.addAll(List.of("mouseup", "1", "sleep", "0.2"));
        xdotool(steps);
    }

    /** Clicks the left button at {@code at}. */
    static void click(Point at) throws Exception {
        xdotool(List.of("mousemove", str(at.x), str(at.y), "sleep", "0.2", "click", "1", "sleep", "0.2"));
    }

    /** Double-clicks the left button at {@code at}. */
    static void doubleClick(Point at) throws Exception {
        xdotool(List.of("mousemove", str(at.x), str(at.y), "sleep", "0.2", "click", "--repeat", "2", "--delay", "80",
                "1", "sleep", "0.2"));
    }

    /** Types {@code text} on the keyboard into the focused widget. */
    static void type(String text) throws Exception {
        // "type" takes every argument after it as text, so nothing may follow
        xdotool(List.of("type", "--delay", "30", text));
    }

    /** Moves the mouse to {@code at}, nudges it and rests there long enough for the widget under it to hover. */
    static void hover(Point at) throws Exception {
        xdotool(List.of("mousemove", str(at.x - 3), str(at.y), "sleep", "0.2", "mousemove", str(at.x), str(at.y),
                "sleep", "1.5"));
    }

    /** Presses and releases the key named {@code key} (an X key name such as Delete or Escape). */
    static void key(String key) throws Exception {
        xdotool(List.of("key", key, "sleep", "0.2"));
    }

    /** Returns the message the workbench window of {@code shell} shows in its status line. */
    static String statusLine(Shell shell) {
        Composite line = find(shell);
        assertThat(line).as("the workbench window's status line").isNotNull();
        for (Control c : line.getChildren()) {
            if (c instanceof CLabel label) {
                return label.getText() == null ? "" : label.getText();
            }
        }
        return "";
    }

    private static Composite find(Control root) {
        if (root.getClass().getName().equals("org.eclipse.jface.action.StatusLine")) {
            return (Composite) root;
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Composite found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void xdotool(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add("xdotool");
        command.addAll(arguments);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 30_000;
        // the UI thread must keep dispatching: the widget sees the X events only through its event loop
        while (p.isAlive() && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(5);
            }
        }
        long settle = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < settle) {
            if (!display.readAndDispatch()) {
                Thread.sleep(5);
            }
        }
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.isAlive()).as("xdotool %s finished", arguments).isFalse();
        assertThat(p.exitValue()).as("xdotool %s: %s", arguments, output).isZero();
    }

    private static String str(int i) {
        return Integer.toString(i);
    }
}
