package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.ui.tests.UiEvents.flush;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.text.AnnotationFS;
import org.attest.ui.editor.AnnotationEditor;
import org.attest.ui.editor.AnnotationElement;
import org.attest.ui.editor.ChainWarnings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor warns about attribution chains as {@code attest validate} does, while the annotator works: a claim that
 * lost its attribution and Via relations that run in a circle are listed beside the text, and the Properties view
 * shows each claim's chain.
 */
class EditorChainWarningsTest {

    @TempDir
    Path tmp;

    private AnnotationEditorFixture fixture;
    private AnnotationEditor sut;

    @BeforeEach
    void openAnnasArticle() throws Exception {
        fixture = AnnotationEditorFixture.openAnnotated(tmp);
        sut = fixture.editor();
        sut.getSite().getShell().setBounds(0, 0, 1400, 900);
        flush();
    }

    @AfterEach
    void closeEverything() throws Exception {
        fixture.close();
    }

    @Test
    void annasAttributedClaimsRaiseNoWarningAndTheirChainShowsInProperties() {
        assertThat(ChainWarnings.listedBeside(sut.textWidget())).isEmpty();
        assertThat(warningsTable().getItemCount()).isZero();

        assertThat(chainOf(fixture.span("Claim", "Up to 40 people"))).isEqualTo("Ana Kovačić (person)");
    }

    @Test
    void deletingAClaimsAttributionListsTheClaimAndUndoClearsTheWarning() throws Exception {
        AnnotationFS claim = fixture.span("Claim", "Up to 40 people");
        AnnotationFS attribution = fixture.layers().relations("Attribution").stream()
                .filter(r -> fixture.layers().value(r, org.attest.cas.AttestTypes.RELATION_FROM) == claim).findFirst()
                .orElseThrow();

        sut.select(attribution);
        fixture.press((char) 127, SWT.DEL);

        assertThat(ChainWarnings.listedBeside(sut.textWidget()))
                .containsExactly("the claim 'Up to 40 people' [" + claim.getBegin() + ","
                        + claim.getEnd()
                        + ") is attributed to no source; add an Attribution from it to the Source it comes from");
        assertThat(chainOf(claim)).isEqualTo("(attributed to no source)");
        screenshot("chain-warning.png");

        RealInput.requireXdotool();
        RealInput.hover(RealInput.atOffset(sut.textWidget(), claim.getBegin() + 3, 2));
        assertThat(sut.textWidget().getToolTipText()).as("the tooltip over the claim in the text")
                .contains("Claim").endsWith("Warning: " + ChainWarnings.listedBeside(sut.textWidget()).get(0));

        Table table = warningsTable();
        table.setSelection(0);
        table.notifyListeners(SWT.Selection, new Event());
        assertThat(sut.selected()).as("a click on the warning goes to its claim").isSameAs(claim);

        PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().undo(sut.undoContext(), null, null);
        flush();
        assertThat(ChainWarnings.listedBeside(sut.textWidget())).isEmpty();
        assertThat(warningsTable().getItemCount()).isZero();
    }

    @Test
    void aViaExtendsTheChainAndAViaBackMakesACycleWarning() {
        AnnotationFS claim = fixture.span("Claim", "Up to 40 people");
        via("Ana Kovačić", "regional civil protection office");

        assertThat(ChainWarnings.listedBeside(sut.textWidget())).isEmpty();
        assertThat(chainOf(claim))
                .isEqualTo("Ana Kovačić (person) <- regional civil protection office (organization)");

        via("regional civil protection office", "Ana Kovačić");

        assertThat(ChainWarnings.listedBeside(sut.textWidget())).isNotEmpty()
                .allSatisfy(w -> assertThat(w).contains(", a cycle;")
                        .contains("'Ana Kovačić'").contains("'regional civil protection office'"));
        assertThat(warningsTable().getItem(0).getText()).isEqualTo(ChainWarnings.listedBeside(sut.textWidget()).get(0));
    }

    private void via(String from, String to) {
        sut.select(fixture.span("Source", from));
        fixture.press('V');
        sut.select(fixture.span("Source", to));
        fixture.press('\r', SWT.CR);
        flush();
    }

    private String chainOf(AnnotationFS claim) {
        IPropertySource source = new AnnotationElement(sut, claim).getAdapter(IPropertySource.class);
        assertThat(source.getPropertyDescriptors()).anySatisfy(d -> assertThat(d.getDisplayName()).isEqualTo("Chain"));
        return (String) source.getPropertyValue("chain");
    }

    // the warnings are the editor's only one-column table
    private Table warningsTable() {
        List<Table> tables = new ArrayList<>();
        collect(sut.textWidget().getParent().getParent(), tables);
        List<Table> single = tables.stream().filter(t -> t.getColumnCount() == 1).toList();
        assertThat(single).hasSize(1);
        return single.get(0);
    }

    private static void collect(Control control, List<Table> tables) {
        if (control instanceof Table t) {
            tables.add(t);
        } else if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                collect(child, tables);
            }
        }
    }

    private void screenshot(String name) throws Exception {
        WindowShot.save(sut, name);
    }
}
