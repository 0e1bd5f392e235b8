package org.attest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path tmp;

    private static org.apache.lucene.document.Document unit(String id) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(SearchFields.DOC, id, Field.Store.YES));
        return d;
    }

    private static void save(SearchIndex sut, String id) {
        assertThat(sut.update(Map.of(id, List.of(unit(id))), List.of())).isTrue();
    }

    @Test
    void anUpdateAfterASaveMergesNothingUntilTheSegmentsPileUp() throws Exception {
        List<String> warnings = new ArrayList<>();
        try (SearchIndex sut = SearchIndex.open(tmp.resolve("index"), "v", warnings::add)) {
            save(sut, "d0");
            for (int i = 1; i <= 15; i++) {
                save(sut, "d" + i);
            }

            assertThat(sut.searcher().getIndexReader().leaves()).hasSize(16);
            for (int i = 16; i < 60; i++) {
                save(sut, "d" + i);
            }
            assertThat(sut.searcher().getIndexReader().leaves().size()).isLessThanOrEqualTo(41);
            assertThat(sut.searcher().getIndexReader().numDocs()).isEqualTo(60);
        }
        assertThat(warnings).isEmpty();
    }
}
