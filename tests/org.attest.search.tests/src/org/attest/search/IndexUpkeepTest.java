package org.attest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.attest.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexUpkeepTest {

    @TempDir
    Path tmp;

    @Test
    void aRefreshAfterASaveFindsTheNewAnnotation() throws Exception {
        try (CorpusStore store = NewsCorpus.create(tmp.resolve("corpus"));
                CorpusSearch sut = CorpusSearch.open(store)) {
            Saves.addPrediction(store, "harbour", "visited the harbour");

            sut.refresh(List.of("harbour"));

            assertThat(Saves.matches(sut, "label:prediction")).containsExactly("harbour/visited the harbour");
        }
    }

    @Test
    void aQueryOnTheOutletFindsWhatTheLastOfTwoSavesInARowAddedAndNothingOfTheVersionsReplaced() throws Exception {
        try (CorpusStore store = NewsCorpus.create(tmp.resolve("corpus"));
                CorpusSearch sut = CorpusSearch.open(store)) {
            // both saves land in the segment of the writer kept open over saves, the first one's version deleted there
            Saves.addPrediction(store, "harbour", "visited the harbour");
            sut.refresh(List.of("harbour"));
            Saves.addPrediction(store, "river", "the river is still rising");
            Saves.addPrediction(store, "harbour", "Mayor Ana");
            sut.refresh(List.of("river", "harbour"));

            assertThat(Saves.matches(sut, "outlet:monde label:prediction")).containsExactly("harbour/Mayor Ana",
                    "harbour/visited the harbour");
            assertThat(Saves.matches(sut, "NOT outlet:monde label:prediction"))
                    .containsExactly("river/the river is still rising");
            // the words at the document's very start (offset 0) too: its stamp sorts before them
            assertThat(Saves.matches(sut, "outlet:monde \"at least\"")).containsExactly("harbour/At least");
        }
    }

    @Test
    void openingAgainIndexesWhatChangedMeanwhile() throws Exception {
        Path dir = tmp.resolve("corpus");
        try (CorpusStore store = NewsCorpus.create(dir)) {
            CorpusSearch.open(store).close();
            Saves.addPrediction(store, "river", "the river is still rising");
        }
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test");
                CorpusSearch sut = CorpusSearch.open(store)) {
            assertThat(Saves.matches(sut, "label:prediction")).containsExactly("river/the river is still rising");
            assertThat(sut.warnings()).isEmpty();
        }
    }

    @Test
    void aDocumentThatLeftTheCorpusLeavesTheIndex() throws Exception {
        Path dir = tmp.resolve("corpus");
        try (CorpusStore store = NewsCorpus.create(dir)) {
            CorpusSearch.open(store).close();
        }
        deleteTree(dir.resolve("documents/river"));
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test");
                CorpusSearch sut = CorpusSearch.open(store)) {
            assertThat(Saves.matches(sut, "layer:Claim annotator:anna")).containsExactly(
                    "harbour/At least 120 people died");
        }
    }

    @Test
    void aGarbledIndexIsRebuiltWithAWarning() throws Exception {
        Path dir = tmp.resolve("corpus");
        try (CorpusStore store = NewsCorpus.create(dir)) {
            CorpusSearch.open(store).close();
            try (Stream<Path> files = Files.list(dir.resolve(".attest/index"))) {
                for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                    Files.write(file, new byte[]{1, 2, 3});
                }
            }

            try (CorpusSearch sut = CorpusSearch.open(store)) {
                assertThat(sut.warnings()).singleElement().asString().contains(".attest/index").contains("rebuilt");
                assertThat(Saves.matches(sut, "value:120 annotator:anna")).containsExactly(
                        "harbour/At least 120 people died");
            }
        }
    }

    @Test
    void aLinkedIndexFolderIsRefusedAndNothingIsWrittenThroughIt() throws Exception {
        Path dir = tmp.resolve("corpus");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        try (CorpusStore store = NewsCorpus.create(dir)) {
            Files.createDirectories(dir.resolve(".attest"));
            Files.createSymbolicLink(dir.resolve(".attest/index"), elsewhere);

            try (CorpusSearch sut = CorpusSearch.open(store)) {
                assertThat(sut.warnings()).singleElement().asString().contains("index").contains("link");
                assertThat(Saves.matches(sut, "value:120 annotator:anna")).containsExactly(
                        "harbour/At least 120 people died");
            }
        }
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
