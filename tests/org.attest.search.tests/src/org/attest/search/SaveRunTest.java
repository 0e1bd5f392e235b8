package org.attest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.uima.cas.CAS;
import org.attest.store.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves in a row: searchable at once, committed when they pause, and indexed again when a crash lost the commit. */
class SaveRunTest {

    @TempDir
    Path tmp;

    // the stamp the last commit of the index in corpus folder dir holds for document id, or null
    private static String committedStamp(Path dir, String id) throws Exception {
        try (FSDirectory directory = FSDirectory.open(dir.resolve(".attest/index"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            List<String> warnings = new ArrayList<>();
            String stamp = IndexedStamps.read(reader, warnings::add).get(id);
            assertThat(warnings).isEmpty();
            return stamp;
        }
    }

    @Test
    void aSaveIsSearchableAtOnceAndCommittedOnceTheSavesPause() throws Exception {
        Path dir = tmp.resolve("corpus");
        try (CorpusStore store = NewsCorpus.create(dir); CorpusSearch sut = CorpusSearch.open(store)) {
            Saves.addPrediction(store, "harbour", "visited the harbour");
            String stamp = new DocumentReader(store).stamp(store.document("harbour").orElseThrow());

            sut.refresh(List.of("harbour"));

            assertThat(Saves.matches(sut, "label:prediction")).containsExactly("harbour/visited the harbour");
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!stamp.equals(committedStamp(dir, "harbour")) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(committedStamp(dir, "harbour")).as("the stamp in the index's last commit").isEqualTo(stamp);
            assertThat(sut.warnings()).isEmpty();
        }
    }

    @Test
    void aSaveWhoseCommitACrashLostIsIndexedAgainOnTheNextOpen() throws Exception {
        Path dir = tmp.resolve("corpus");
        Path crashed = tmp.resolve("crashed");
        try (CorpusStore store = NewsCorpus.create(dir); CorpusSearch sut = CorpusSearch.open(store)) {
            Saves.addPrediction(store, "river", "the river is still rising");
            sut.refresh(List.of("river"));
            assertThat(Saves.matches(sut, "label:prediction")).containsExactly("river/the river is still rising");

            // the folder as a kill now leaves it: the saved CAS, the index as last committed
            copyTree(dir, crashed);
        }
        assumeTrue(!matchesCommitted(crashed, "river"), "the copy was taken before the commit, as a kill leaves it");
        String stamp;
        try (CorpusStore store = CorpusStore.open(crashed, CorpusStore.Mode.READ, "test");
                CorpusSearch sut = CorpusSearch.open(store)) {
            assertThat(Saves.matches(sut, "label:prediction")).containsExactly("river/the river is still rising");
            stamp = new DocumentReader(store).stamp(store.document("river").orElseThrow());
        }
        assertThat(committedStamp(crashed, "river")).as("the stamp committed when the search closed").isEqualTo(stamp);
    }

    // whether the committed index of the copy already holds the prediction (the commit came before the copy)
    private static boolean matchesCommitted(Path dir, String id) throws Exception {
        try (FSDirectory directory = FSDirectory.open(dir.resolve(".attest/index"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(SearchFields.DOC, id)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(SearchFields.LABEL, "prediction")), BooleanClause.Occur.FILTER).build();
            return new IndexSearcher(reader).count(query) > 0;
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    try {
                        Files.copy(source, target);
                    } catch (java.nio.file.NoSuchFileException gone) {
                        // a temporary file of a merge running beside the saves, deleted since the walk listed it: a
                        // kill now would leave it out too
                    }
                }
            }
        }
    }
}
