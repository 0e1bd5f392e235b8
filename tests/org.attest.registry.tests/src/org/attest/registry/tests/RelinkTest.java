package org.attest.registry.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.attest.registry.CorpusMentions;
import org.attest.registry.CorpusRelink;
import org.attest.registry.Mention;
import org.attest.store.CorpusStore;
import org.attest.testing.RegistryCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelinkTest {

    private static final String TEXT = "Heydar Aliyev ruled until 2003. Ilham Aliyev, his son, followed.";

    @TempDir
    Path tmp;

    private Path corpusWithTheFatherLinkedToTheSon() throws Exception {
        Path dir = tmp.resolve("baku");
        try (RegistryCorpus corpus = RegistryCorpus.create(dir)) {
            corpus.person("E1", "Ilham Aliyev", null);
            corpus.person("E2", "Heydar Aliyev", "Q157202");
            corpus.document("baku", TEXT, "anna", RegistryCorpus.link("Heydar Aliyev", "E1"),
                    RegistryCorpus.link("Ilham Aliyev", "E1"));
        }
        return dir;
    }

    private static List<Mention> mentions(Path dir) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            return CorpusMentions.read(store, m -> {
            }).all();
        }
    }

    @Test
    void aRelinkedMentionIsSavedInTheAnnotatorsFileAndRelinkingBackUndoesIt() throws Exception {
        Path dir = corpusWithTheFatherLinkedToTheSon();
        Mention father = mentions(dir).stream().filter(m -> m.text().equals("Heydar Aliyev")).findFirst()
                .orElseThrow();

        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            CorpusRelink.relink(sut, List.of(father), "E2");
        }

        assertThat(mentions(dir)).extracting(Mention::text, Mention::entityId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Heydar Aliyev", "E2"),
                org.assertj.core.groups.Tuple.tuple("Ilham Aliyev", "E1"));
        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            CorpusRelink.relink(sut, List.of(father), "E1");
        }
        assertThat(mentions(dir)).extracting(Mention::entityId).containsExactly("E1", "E1");
    }

    @Test
    void aRelinkToAnUnknownEntityOrOfAMentionNoLongerThereChangesNothing() throws Exception {
        Path dir = corpusWithTheFatherLinkedToTheSon();
        Mention father = mentions(dir).get(0);
        Mention gone = new Mention(father.document(), father.annotator(), father.layer(), 1, 5, "eyda", "E1");

        try (CorpusStore sut = CorpusStore.open(dir, CorpusStore.Mode.WRITE, "test")) {
            assertThatThrownBy(() -> CorpusRelink.relink(sut, List.of(father), "E9"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no entity E9");
            assertThatThrownBy(() -> CorpusRelink.relink(sut, List.of(father, gone), "E2"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No Entity annotation at [1,5)");
        }
        assertThat(mentions(dir)).extracting(Mention::entityId).containsExactly("E1", "E1");
    }
}
