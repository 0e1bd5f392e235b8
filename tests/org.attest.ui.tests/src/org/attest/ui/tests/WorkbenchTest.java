package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.attest.app.AttestWindowAdvisor;
import org.attest.ui.perspectives.AnnotatePerspective;
import org.attest.ui.perspectives.CuratePerspective;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

/** Runs inside the real Attest workbench (tycho-surefire UI harness on the UI thread). */
class WorkbenchTest {

    private final IWorkbench workbench = PlatformUI.getWorkbench();

    private IWorkbenchWindow window() {
        return workbench.getActiveWorkbenchWindow() != null
                ? workbench.getActiveWorkbenchWindow()
                : workbench.getWorkbenchWindows()[0];
    }

    @Test
    void theAttestWorkbenchIsRunningWithItsTitleAndProduct() {
        assertThat(PlatformUI.isWorkbenchRunning()).isTrue();
        assertThat(Platform.getProduct().getId()).isEqualTo("org.attest.app.product");
        assertThat(window().getShell().getText()).startsWith(AttestWindowAdvisor.TITLE);
    }

    @Test
    void bothPerspectivesAreRegisteredAndOpen() throws Exception {
        IWorkbenchWindow window = window();

        IWorkbenchPage annotate = workbench.showPerspective(AnnotatePerspective.ID, window);
        flush();
        assertThat(annotate.getPerspective().getLabel()).isEqualTo("Annotate");

        IWorkbenchPage curate = workbench.showPerspective(CuratePerspective.ID, window);
        flush();
        assertThat(curate.getPerspective().getLabel()).isEqualTo("Curate");
        assertThat(window.getActivePage().getPerspective().getId()).isEqualTo(CuratePerspective.ID);
    }

    @Test
    void theAboutDialogShowsTheVersion() throws Exception {
        Display display = Display.getCurrent();
        AtomicReference<String> seen = new AtomicReference<>();
        AtomicReference<String> title = new AtomicReference<>();
        Runnable inspectAndClose = new Runnable() {

            private int tries;

            @Override
            public void run() {
                Shell dialog = findShell(display, "About");
                if (dialog == null && tries++ < 100) {
                    display.timerExec(100, this);
                    return;
                }
                if (dialog != null) {
                    try {
                        WindowShot.save(dialog, "about.png");
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot save the About dialog's picture", e);
                    }
                    title.set(dialog.getText());
                    seen.set(String.join("\n", texts(dialog)));
                    dialog.close();
                }
            }
        };
        display.timerExec(200, inspectAndClose);

        workbench.getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.aboutAction", null);
        flush();

        Version version = Platform.getBundle("org.attest.app").getVersion();
        String expected = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
        assertThat(title.get()).isEqualTo("About Attest");
        // the full version, qualifier included, can only come from the running bundle, never from a typed text
        assertThat(seen.get()).contains("Attest").contains("Version: " + expected).contains(version.toString())
                .doesNotContain("{0}");
    }

    private static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain pending UI events
        }
    }

    private static Shell findShell(Display display, String titlePrefix) {
        for (Shell shell : display.getShells()) {
            if (shell.isVisible() && shell.getText().startsWith(titlePrefix)) {
                return shell;
            }
        }
        return null;
    }

    private static List<String> texts(Control control) {
        List<String> result = new ArrayList<>();
        if (control instanceof StyledText styled) {
            result.add(styled.getText());
        } else if (control instanceof Text text) {
            result.add(text.getText());
        } else if (control instanceof Label label) {
            result.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                result.addAll(texts(child));
            }
        }
        return result;
    }
}
