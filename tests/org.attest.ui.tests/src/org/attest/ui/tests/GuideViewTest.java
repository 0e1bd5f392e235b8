package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.ui.tests.UiEvents.flush;

import java.util.Arrays;

import org.attest.app.GuideView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Help > Attest Guide opens the README's walkthrough, generated into help pages, in the workbench. */
class GuideViewTest {

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];

    @AfterEach
    void closeTheGuide() {
        IWorkbenchPage page = window.getActivePage();
        if (page.findView(GuideView.ID) != null) {
            page.hideView(page.findView(GuideView.ID));
        }
    }

    private static MenuItem item(Menu menu, String text) {
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item '" + text + "' in "
                        + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
    }

    @Test
    void helpAttestGuideShowsTheWalkthroughWithItsTableOfContents() throws Exception {
        MenuItem help = item(window.getShell().getMenuBar(), "Help");
        help.getMenu().notifyListeners(SWT.Show, new Event());
        flush();

        item(help.getMenu(), "Attest Guide").notifyListeners(SWT.Selection, new Event());
        flush();

        GuideView sut = (GuideView) window.getActivePage().findView(GuideView.ID);
        assertThat(sut).as("the Attest Guide view after Help > Attest Guide").isNotNull();
        assertThat(sut.topicLabels()).containsExactly("Walkthrough: import, annotate, agree, curate, export",
                "Working as a team", "Command line reference");
        assertThat(sut.shownText()).contains("Walkthrough: import, annotate, agree, curate, export")
                .contains("Create a corpus and import articles");
        WindowShot.save(window.getShell(), "guide.png");
    }
}
