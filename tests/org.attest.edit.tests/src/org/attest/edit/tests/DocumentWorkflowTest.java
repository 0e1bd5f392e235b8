package org.attest.edit.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.attest.edit.DocumentWorkflow;
import org.attest.edit.Editability;
import org.attest.model.Document;
import org.attest.model.DocumentState;
import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentWorkflowTest {

    @TempDir
    Path tmp;

    @Test
    void aFinishedDocumentIsReadOnlyUntilReopenedAndBothAreSaved() throws Exception {
        Path dir = TestCorpus.withOneDocument(tmp);
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document doc = store.corpus().getDocuments().get(0);
            assertThat(DocumentWorkflow.editable(store, doc, "kari")).isEqualTo(Editability.yes());

            DocumentWorkflow.markFinished(store, doc, "kari");

            assertThat(DocumentWorkflow.editable(store, doc, "kari"))
                    .isEqualTo(Editability.no("finished: reopen it to edit"));
            assertThat(DocumentWorkflow.editable(store, doc, "anna").editable())
                    .as("another annotator's work is separate").isTrue();
        }
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            Document doc = store.corpus().getDocuments().get(0);
            assertThat(CorpusStore.state(doc, "kari")).isEqualTo(DocumentState.FINISHED);

            DocumentWorkflow.reopen(store, doc, "kari");

            assertThat(DocumentWorkflow.editable(store, doc, "kari").editable()).isTrue();
        }
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            assertThat(CorpusStore.state(store.corpus().getDocuments().get(0), "kari"))
                    .isEqualTo(DocumentState.IN_PROGRESS);
        }
    }

    @Test
    void aLockedDocumentCannotBeEditedNorFinished() throws Exception {
        try (CorpusStore store = CorpusStore.open(TestCorpus.withOneDocument(tmp), CorpusStore.Mode.WRITE, "test")) {
            Document doc = store.corpus().getDocuments().get(0);
            store.setState(doc, store.ensureAnnotator("kari"), DocumentState.LOCKED);

            Editability answer = DocumentWorkflow.editable(store, doc, "kari");

            assertThat(answer.editable()).isFalse();
            assertThat(answer.reason()).startsWith("locked by the project manager");
            assertThatThrownBy(() -> DocumentWorkflow.markFinished(store, doc, "kari"))
                    .isInstanceOf(CorpusException.class)
                    .hasMessageContaining("locked by the project manager");
            assertThat(CorpusStore.state(doc, "kari")).isEqualTo(DocumentState.LOCKED);
        }
    }

    @Test
    void aCorpusOpenedReadOnlySaysWhyAndRefusesStateChanges() throws Exception {
        try (CorpusStore store = CorpusStore.open(TestCorpus.withOneDocument(tmp), CorpusStore.Mode.READ, "test")) {
            Document doc = store.corpus().getDocuments().get(0);

            assertThat(DocumentWorkflow.editable(store, doc, "kari").reason())
                    .startsWith("the corpus is open read-only: ");
            assertThat(DocumentWorkflow.editable(store, doc, "kari", "attest import (pid 42) holds the write lock")
                    .reason())
                    .isEqualTo("the corpus is open read-only: attest import (pid 42) holds the write lock");
            assertThatThrownBy(() -> DocumentWorkflow.markFinished(store, doc, "kari"))
                    .isInstanceOf(CorpusException.class)
                    .hasMessageContaining("read-only");
            assertThat(doc.getStates()).isEmpty();
            assertThat(store.corpus().getAnnotators()).isEmpty();
        }
    }
}
