package org.attest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path tmp;

    private static org.apache.lucene.document.Document unit(String id) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(SearchFields.DOC, id, Field.Store.YES));
        // as every document of the index has it: the index is sorted on it
        d.add(new SortedDocValuesField(SearchFields.DOC, new BytesRef(id)));
        return d;
    }

    private static void save(SearchIndex sut, String id) {
        assertThat(sut.update(Map.of(id, List.of(unit(id))), List.of())).isTrue();
    }

    @Test
    void savesInARowAreSearchableAtOnceAndTheirSmallSegmentsAreMergedWhenTheRunEnds() throws Exception {
        List<String> warnings = new ArrayList<>();
        try (SearchIndex sut = SearchIndex.open(tmp.resolve("index"), "v", warnings::add)) {
            for (int i = 0; i < 60; i++) {
                save(sut, "d" + i);
                assertThat(sut.searcher().getIndexReader().numDocs()).isEqualTo(i + 1);
            }
        }
        try (SearchIndex sut = SearchIndex.open(tmp.resolve("index"), "v", warnings::add)) {
            assertThat(sut.searcher().getIndexReader().numDocs()).isEqualTo(60);
            // one segment a save, 60, before the merges of the run
            assertThat(sut.searcher().getIndexReader().leaves().size()).isLessThanOrEqualTo(15);
        }
        assertThat(warnings).isEmpty();
    }
}
