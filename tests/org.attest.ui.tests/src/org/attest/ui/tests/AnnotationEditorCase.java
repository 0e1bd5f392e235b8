package org.attest.ui.tests;

import java.nio.file.Path;

import org.attest.ui.editor.AnnotationEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The annotation editor's test classes: each test gets the sample article open in a fresh corpus, as {@code sut}. */
abstract class AnnotationEditorCase {

    @TempDir
    Path tmp;

    final IWorkbench workbench = PlatformUI.getWorkbench();
    AnnotationEditorFixture fixture;
    AnnotationEditor sut;

    @BeforeEach
    void openTheSampleArticle() throws Exception {
        fixture = AnnotationEditorFixture.open(tmp);
        sut = fixture.editor();
    }

    @AfterEach
    void closeEverything() throws Exception {
        fixture.close();
    }
}
