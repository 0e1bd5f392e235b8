package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.Test;

/** The real mouse selects text in the editor, and the status line tells what the last action did. */
class EditorMouseTest extends AnnotationEditorCase {

    @Test
    void draggingTheMouseOverWordsSelectsThem() throws Exception {
        RealInput.requireXdotool();
        StyledText text = sut.textWidget();
        int begin = text.getText().indexOf("Mayor Ana Kovačić");
        int end = begin + "Mayor Ana Kovačić".length();
        assertThat(text.getLineAtOffset(begin)).as("the words on one line").isEqualTo(text.getLineAtOffset(end));

        RealInput.drag(RealInput.atOffset(text, begin, 2), RealInput.atOffset(text, end, -1));

        assertThat(text.getSelection()).isEqualTo(new Point(begin, end));
        fixture.press('p');
        assertThat(fixture.span("Entity", "Mayor Ana Kovačić")).isNotNull();
    }

    @Test
    void theStatusLineTellsTheLastActionNotAnEarlierOne() throws Exception {
        fixture.press('p');
        assertThat(status()).startsWith("Select some text first");

        fixture.select("Ana Kovačić");
        fixture.press('p');
        assertThat(status()).isEqualTo("Done: Create PERSON (Entity) \"Ana Kovačić\"");

        fixture.select("Port Vesna");
        fixture.press('g');
        assertThat(status()).isEqualTo("Done: Create GPE (Entity) \"Port Vesna\"");

        workbench.getOperationSupport().getOperationHistory().undo(sut.undoContext(), null, null);
        assertThat(status()).isEqualTo("Undone: Create GPE (Entity) \"Port Vesna\"");

        workbench.getOperationSupport().getOperationHistory().redo(sut.undoContext(), null, null);
        assertThat(status()).isEqualTo("Redone: Create GPE (Entity) \"Port Vesna\"");

        sut.markFinished();
        assertThat(status()).startsWith("harbour-flood-a is finished for kari");
        fixture.select("Lieva");
        fixture.press('l');
        assertThat(status()).startsWith("Read-only: ");
        sut.reopen();
        assertThat(status()).isEqualTo("harbour-flood-a is reopened for kari and may be edited");
    }

    private String status() {
        UiEvents.flush();
        return RealInput.statusLine(sut.getSite().getShell());
    }
}
