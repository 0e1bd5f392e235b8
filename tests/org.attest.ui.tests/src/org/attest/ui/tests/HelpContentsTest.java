package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.ui.tests.UiEvents.flush;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Help > Help Contents starts the Eclipse help system, whose web server serves the Attest Guide generated from the
 * README: its table of contents, its pages and its search. The help window needs WebKitGTK and the system browser a
 * desktop, which a test machine may lack, so the test reads the pages as a browser would, from the address the help
 * system gives for the guide's first page (starting its server as Help > Help Contents does).
 */
class HelpContentsTest {

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static MenuItem item(Menu menu, String text) {
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item '" + text + "' in "
                        + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
    }

    private static String command(MenuItem item) {
        return item.getData() instanceof ActionContributionItem action
                ? action.getAction().getActionDefinitionId()
                : String.valueOf(item.getData());
    }

    private String get(URI uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("HTTP status of %s", uri).isEqualTo(200);
        return response.body();
    }

    @Test
    void theHelpMenuOffersHelpContentsAndSearch() {
        MenuItem help = item(window.getShell().getMenuBar(), "Help");
        help.getMenu().notifyListeners(SWT.Show, new Event());
        flush();

        assertThat(command(item(help.getMenu(), "Help Contents"))).isEqualTo("org.eclipse.ui.help.helpContents");
        assertThat(command(item(help.getMenu(), "Search"))).isEqualTo("org.eclipse.ui.help.helpSearch");
        help.getMenu().notifyListeners(SWT.Hide, new Event());
    }

    @Test
    void theHelpServerServesTheAttestGuideWithItsTableOfContentsPagesAndSearch() throws Exception {
        URL page = PlatformUI.getWorkbench().getHelpSystem().resolve("/org.attest.app/help/walkthrough.html", false);
        assertThat(page).as("the help system's address of the guide (null: no help system)").isNotNull();

        URI sut = page.toURI();
        assertThat(sut.getHost()).isEqualTo("127.0.0.1");
        assertThat(sut.getPath()).isEqualTo("/help/topic/org.attest.app/help/walkthrough.html");
        assertThat(get(sut)).contains(">Walkthrough: import, annotate, agree, curate, export</h2>")
                .contains("Create a corpus and import articles");
        assertThat(get(sut.resolve("/help/index.jsp"))).as("the help window's page, a JSP").contains("Frameset");
        assertThat(get(sut.resolve("/help/advanced/tocfragment"))).contains("title=\"Attest Guide\"")
                .contains("href=\"../topic/org.attest.app/help/walkthrough.html");
        assertThat(get(sut.resolve("team.html"))).contains(">Working as a team</h2>");
        // the help's own search index (Lucene 10, beside the Lucene 9 of Attest's search) finds the guide's pages
        assertThat(get(sut.resolve("/help/search?phrase=curate")))
                .contains("label=\"Walkthrough: import, annotate, agree, curate, export\"");
    }
}
