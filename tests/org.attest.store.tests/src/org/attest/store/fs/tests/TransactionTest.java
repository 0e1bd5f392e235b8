package org.attest.store.fs.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.attest.store.fs.FaultSeam;
import org.attest.store.fs.Recovery;
import org.attest.store.fs.Transaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commits, faults and simulated crashes at every file call of a transaction that creates, replaces and deletes. */
class TransactionTest {

    /** Stands for the process dying at a call: nothing after it runs, not even the undo. */
    private static final class Crash extends Error {

        private static final long serialVersionUID = 1L;
    }

    @TempDir
    Path tmp;

    private Path root;

    @BeforeEach
    void aCorpusWithTwoFiles() throws IOException {
        root = tmp.resolve("corpus");
        Files.createDirectories(root.resolve("annotators"));
        Files.createDirectories(root.resolve("registry/entities"));
        Files.writeString(root.resolve("annotators/anna.xmi"), "anna v1");
        Files.writeString(root.resolve("registry/entities/E-1.xmi"), "entity 1");
    }

    @AfterEach
    void noFaults() {
        FaultSeam.clear();
    }

    private void change() throws IOException {
        try (Transaction sut = Transaction.begin(root, "import")) {
            Path folder = sut.folder(root.resolve("documents/doc-1"));
            sut.writeInto(folder.resolve("text.txt"), "text".getBytes(StandardCharsets.UTF_8));
            sut.writeInto(folder.resolve("annotations/anna.bcas"), "cas".getBytes(StandardCharsets.UTF_8));
            sut.write(root.resolve("annotators/anna.xmi"), "anna v2".getBytes(StandardCharsets.UTF_8));
            sut.write(root.resolve("registry/clusters/C-1.xmi"), "cluster".getBytes(StandardCharsets.UTF_8));
            sut.delete(root.resolve("registry/entities/E-1.xmi"));
            sut.summary("1 document published");
            sut.commit();
        }
    }

    private static final Map<String, String> AFTER = Map.of("annotators/anna.xmi", "anna v2",
            "documents/doc-1/text.txt", "text",
            "documents/doc-1/annotations/anna.bcas", "cas", "registry/clusters/C-1.xmi", "cluster");

    private static final Map<String, String> BEFORE = Map.of("annotators/anna.xmi", "anna v1",
            "registry/entities/E-1.xmi", "entity 1");

    @Test
    void aCommitPublishesEveryChangeAndLeavesNothingBehind() throws IOException {
        change();

        assertThat(files()).isEqualTo(AFTER);
        assertThat(Recovery.pending(root)).isEmpty();
    }

    @Test
    void aFaultAtAnyCallLeavesTheFolderAsBeforeAndACrashAtAnyCallIsRecoveredToAllOrNothing() throws IOException {
        int calls = countCalls();
        int forward = 0;
        for (int k = 1; k <= calls; k++) {
            reset();
            failAt(k, false);
            assertThatThrownBy(this::change).as("fault at call %d", k).isInstanceOf(IOException.class)
                    .hasMessageContaining("No space left on device");
            FaultSeam.clear();
            assertThat(files()).as("after a fault at call %d of %d", k, calls).isEqualTo(BEFORE);
            assertThat(Recovery.pending(root)).isEmpty();

            reset();
            failAt(k, true);
            assertThatThrownBy(this::change).isInstanceOf(Crash.class);
            FaultSeam.clear();
            boolean journalled = Recovery.pending(root).stream().anyMatch(note -> note.contains("will be finished"));
            var notes = Recovery.recover(root, true);
            Map<String, String> after = files();
            assertThat(after).as("after a crash at call %d of %d and recovery (%s)", k, calls, notes).isIn(BEFORE,
                    AFTER);
            if (journalled) {
                assertThat(after).isEqualTo(AFTER);
                assertThat(notes).as("recovery notes after a crash at call %d", k)
                        .containsExactly("recovered an interrupted import: 1 document published");
            } else {
                // a crash while staging leaves staged files to remove; one after the journal is gone leaves nothing to
                // say
                assertThat(notes).as("recovery notes after a crash at call %d", k)
                        .isEqualTo(after.equals(BEFORE) && !notes.isEmpty()
                                ? List.of("rolled back an interrupted import: nothing of it had been published")
                                : List.of());
            }
            assertThat(Recovery.pending(root)).isEmpty();
            forward += journalled ? 1 : 0;
        }
        assertThat(forward).as("crashes after the journal was written").isPositive().isLessThan(calls);
    }

    @Test
    void aJournalNamingAPathOutsideTheCorpusIsRefusedAndNothingOutsideIsTouched() throws IOException {
        Path outside = tmp.resolve("outside.txt");
        Files.writeString(outside, "keep me");
        Files.createDirectories(root.resolve(".attest/journal"));
        Files.createDirectories(root.resolve(".attest/staging/import-x/new"));
        Path journal = root.resolve(".attest/journal/import-x.intent");
        Files.writeString(journal,
                "attest-journal 1\noperation import\nsummary evil\nstaging .attest/staging/import-x\ndelete ../outside.txt\nend\n");

        assertThatThrownBy(() -> Recovery.recover(root, false)).isInstanceOf(IOException.class)
                .hasMessageContaining(journal.toString()).hasMessageContaining("not a relative path inside the corpus");

        assertThat(outside).hasContent("keep me");
    }

    @Test
    void everyStagedFolderIsSyncedOnceBeforeTheJournalNamesItsFiles() throws IOException {
        List<String> calls = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        FaultSeam.install((call, path) -> calls.add(call + " " + root.relativize(path.toAbsolutePath())));

        change();

        int journal = java.util.stream.IntStream.range(0, calls.size())
                .filter(i -> calls.get(i).startsWith("WRITE .attest/journal/")).findFirst().orElseThrow();
        List<String> before = calls.subList(0, journal);
        // a crash right after the journal is written must find every staged file under its name to roll forward
        List<String> staged = before.stream().filter(c -> c.startsWith("WRITE .attest/staging/"))
                .map(c -> c.substring("WRITE ".length())).toList();
        assertThat(staged).hasSize(4);
        for (String file : staged) {
            assertThat(before).as("the content of " + file).contains("FORCE " + file);
            Path folder = Path.of(file).getParent();
            while (!folder.getFileName().toString().equals("new")) {
                assertThat(before).as("the entry of " + folder).containsOnlyOnce("SYNC_FOLDER " + folder);
                folder = folder.getParent();
            }
            assertThat(before).containsOnlyOnce("SYNC_FOLDER " + folder);
        }
        assertThat(files()).containsEntry("documents/doc-1/annotations/anna.bcas", "cas")
                .containsEntry("registry/clusters/C-1.xmi", "cluster");
    }

    private int countCalls() throws IOException {
        reset();
        AtomicInteger calls = new AtomicInteger();
        FaultSeam.install((call, path) -> calls.incrementAndGet());
        change();
        FaultSeam.clear();
        return calls.get();
    }

    private void failAt(int k, boolean crash) {
        AtomicInteger seen = new AtomicInteger();
        FaultSeam.install((call, path) -> {
            if (seen.incrementAndGet() == k) {
                if (crash) {
                    throw new Crash();
                }
                throw new java.nio.file.FileSystemException(path.toString(), null, "No space left on device");
            }
        });
    }

    private void reset() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        aCorpusWithTwoFiles();
    }

    /** Every file of the corpus outside .attest, with its content; empty folders left behind count as files too. */
    private Map<String, String> files() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String rel = root.relativize(p).toString();
                if (rel.isEmpty() || rel.startsWith(".attest")) {
                    continue;
                }
                if (Files.isRegularFile(p)) {
                    files.put(rel, Files.readString(p));
                } else if (Files.isDirectory(p) && isEmpty(p) && !rel.equals("annotators")
                        && !rel.startsWith("registry")) {
                    files.put(rel + "/", "(empty folder)");
                }
            }
        }
        return files;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
