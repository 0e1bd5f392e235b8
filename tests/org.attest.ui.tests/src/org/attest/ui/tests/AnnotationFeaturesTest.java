package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.cas.UnsetNumbers;
import org.attest.ui.corpus.CorpusSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/** Sets features in the real annotation editor through the Properties view and the entity quick pick. */
class AnnotationFeaturesTest extends AnnotationEditorCase {

    @Test
    void thePropertiesViewShowsAndChangesFeaturesUndoably() throws Exception {
        AnnotationFS claim = selectedNewClaim();

        var properties = properties();
        assertThat(properties.getPropertyValue("text")).isEqualTo("Up to 40 people are missing");

        properties.setPropertyValue("value", "40");
        properties.setPropertyValue("unit", "people missing");
        assertThat(fixture.layers().value(claim, "value")).isEqualTo(40.0);
        assertThat(fixture.layers().value(claim, "unit")).isEqualTo("people missing");

        workbench.getOperationSupport().getOperationHistory().undo(sut.undoContext(), null, null);
        assertThat(fixture.layers().value(claim, "unit")).isNull();
        assertThat(fixture.layers().value(claim, "value")).isEqualTo(40.0);
    }

    @Test
    void clearingANumberInThePropertiesViewLeavesItUnsetNotZero() throws Exception {
        AnnotationFS claim = selectedNewClaim();
        var properties = properties();
        properties.setPropertyValue("value", "40");
        properties.setPropertyValue("upper", "1,000");
        assertThat(fixture.layers().value(claim, "upper")).isEqualTo(1000.0);

        properties.setPropertyValue("value", "");
        properties.setPropertyValue("upper", "  ");

        assertThat(fixture.layers().value(claim, "value")).isNull();
        assertThat(fixture.layers().value(claim, "upper")).isNull();
        assertThat(claim.getDoubleValue(claim.getType().getFeatureByBaseName("value"))).isNaN();
        assertThat(UnsetNumbers.value(claim, claim.getType().getFeatureByBaseName("upper"))).isNull();
        assertThat(properties.getPropertyValue("value")).isEqualTo("");
        workbench.getOperationSupport().getOperationHistory().undo(sut.undoContext(), null, null);
        workbench.getOperationSupport().getOperationHistory().undo(sut.undoContext(), null, null);
        assertThat(fixture.layers().value(claim, "value")).isEqualTo(40.0);
    }

    // annotates "Up to 40 people are missing" as a statistic claim and selects it
    private AnnotationFS selectedNewClaim() {
        fixture.select("Up to 40 people are missing");
        fixture.press('1');
        AnnotationFS claim = fixture.span("Claim", "Up to 40 people are missing");
        sut.select(claim);
        return claim;
    }

    private org.eclipse.ui.views.properties.IPropertySource properties() {
        var element = ((org.eclipse.jface.viewers.IStructuredSelection) sut.getSite().getSelectionProvider()
                .getSelection()).getFirstElement();
        return ((org.eclipse.core.runtime.IAdaptable) element)
                .getAdapter(org.eclipse.ui.views.properties.IPropertySource.class);
    }

    @Test
    void theQuickPickLinksMentionsToTheRegistryCreatingEntitiesAndAliases() throws Exception {
        fixture.select("Ana Kovačić");
        fixture.press('p');
        AnnotationFS full = fixture.span("Entity", "Ana Kovačić");
        sut.select(full);
        answerLinkDialog(null, "&New Entity from Mention");
        fixture.press('L');

        var corpus = workbench.getService(CorpusSession.class).store().orElseThrow().corpus();
        assertThat(corpus.getEntities()).singleElement().satisfies(e -> {
            assertThat(e.getCanonicalName()).isEqualTo("Ana Kovačić");
            assertThat(e.getType()).isEqualTo("PERSON");
            assertThat(fixture.layers().value(full, "entity")).isEqualTo(e.getId());
        });

        int second = sut.textWidget().getText().indexOf("Kovačić told");
        sut.textWidget().setSelection(second, second + "Kovačić".length());
        fixture.press('p');
        AnnotationFS shortName = fixture.layers().spans("Entity").stream().filter(a -> a.getBegin() == second)
                .findFirst()
                .orElseThrow();
        sut.select(shortName);
        answerLinkDialog("kovacic", "Add Mention as &Alias && Link");
        fixture.press('L');

        assertThat(corpus.getEntities()).singleElement().satisfies(e -> {
            assertThat(e.getAliases()).containsExactly("Kovačić");
            assertThat(fixture.layers().value(shortName, "entity")).isEqualTo(e.getId());
        });
    }

    /**
     * Schedules the answer to the modal link dialog: type {@code query} (if any), then press the button labelled
     * {@code button}.
     */
    private static void answerLinkDialog(String query, String button) {
        Display display = Display.getCurrent();
        display.timerExec(200, new Runnable() {

            private int tries;

            @Override
            public void run() {
                org.eclipse.swt.widgets.Shell dialog = null;
                for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
                    if (shell.isVisible() && shell.getText().startsWith("Link \"")) {
                        dialog = shell;
                    }
                }
                if (dialog == null) {
                    if (tries++ < 50) {
                        display.timerExec(100, this);
                    }
                    return;
                }
                if (query != null) {
                    find(dialog, org.eclipse.swt.widgets.Text.class, null).setText(query);
                }
                find(dialog, org.eclipse.swt.widgets.Button.class, button).notifyListeners(SWT.Selection, new Event());
            }
        });
    }

    private static <T extends org.eclipse.swt.widgets.Control> T find(org.eclipse.swt.widgets.Control root,
            Class<T> type, String text) {
        if (type.isInstance(root) && (text == null || text.equals(((org.eclipse.swt.widgets.Button) root).getText()))) {
            return type.cast(root);
        }
        if (root instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                T found = find(child, type, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
