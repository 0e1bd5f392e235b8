package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.attest.store.CorpusException;
import org.attest.store.CorpusStore;
import org.attest.store.fs.CorpusLock;
import org.attest.store.fs.LockHolder;
import org.attest.store.fs.StaleLockException;
import org.attest.ui.corpus.CorpusSession;
import org.attest.ui.corpus.WorkbenchFixes;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench words the services' facts as what to do in the workbench, never as a command to type. */
class WorkbenchFixesTest {

    @TempDir
    Path tmp;

    private final CorpusSession session = PlatformUI.getWorkbench().getService(CorpusSession.class);

    private Path corpus() throws Exception {
        Path dir = tmp.resolve("flood");
        try (CorpusStore store = CorpusStore.init(dir, "flood", "test")) {
            store.saveModel();
        }
        return dir;
    }

    @AfterEach
    void closeCorpus() throws Exception {
        session.close();
    }

    @Test
    void aCorpusAnotherWindowWritesOpensReadOnlyNamingTheHolderAndWhatToDoInTheWorkbench() throws Exception {
        Path dir = corpus();

        try (CorpusLock other = CorpusLock.acquire(dir, "Attest workbench")) {
            session.open(dir);
        }

        assertThat(session.readOnlyReason()).contains("is open for writing by \"Attest workbench\"")
                .contains(
                        "once the other Attest window or program has closed it, open it again with File > Open Corpus...")
                .doesNotContain("attest ").doesNotContain("unlock");
    }

    @Test
    void aStaleLockIsClearedByOpeningTheCorpusAgainAndAgreeing() {
        LockHolder gone = new LockHolder(42, "elsewhere", "kari", Instant.parse("2026-12-05T09:00:00Z"),
                "Attest workbench");
        StaleLockException stale = new StaleLockException(tmp, gone, "The corpus " + tmp + " was left locked.");

        assertThat(WorkbenchFixes.describe(new CorpusException(stale.getMessage(), stale)))
                .isEqualTo("The corpus " + tmp
                        + " was left locked. Choose File > Open Corpus..., pick this corpus and agree to clear the lock.");
    }

    @Test
    void aLinkedCorpusFileIsRefusedNamingTheLinkAndSayingToOpenTheCorpusAgainOnceItIsReplaced() throws Exception {
        Path dir = corpus();
        Path model;
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            model = store.layout().model();
        }
        Path elsewhere = Files.move(model, tmp.resolve("elsewhere.xmi"));
        Files.createSymbolicLink(model, elsewhere);

        Throwable refused = catchThrowable(() -> session.open(dir));

        assertThat(refused).isInstanceOf(CorpusException.class);
        assertThat(WorkbenchFixes.describe(refused)).startsWith(model + ": a symbolic link (to " + elsewhere + ")")
                .contains("replace the link with the file or folder itself, or remove it")
                .endsWith("; then open the corpus again with File > Open Corpus...").doesNotContain("attest ");
    }
}
