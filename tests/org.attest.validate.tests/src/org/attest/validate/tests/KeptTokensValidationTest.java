package org.attest.validate.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.store.CorpusStore;
import org.attest.testing.TestCorpus;
import org.attest.validate.CorpusScan;
import org.attest.validate.CorpusValidator;
import org.attest.validate.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptTokensValidationTest {

    @TempDir
    Path tmp;

    private static List<Finding> validate(Path dir) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            return new CorpusValidator(store).validate(m -> {
            });
        }
    }

    private static Path tokenFile(Path dir) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            return store.layout().tokens(store.corpus().getDocuments().get(0).getId());
        }
    }

    @Test
    void aKeptTokenFileIsADocumentsOwnFileAndPassesValidation() throws Exception {
        Path dir = TestCorpus.withTokenizedDocument(tmp, "anna");

        assertThat(tokenFile(dir)).isRegularFile();
        assertThat(CorpusScan.scan(dir)).isEmpty();
        assertThat(validate(dir)).isEmpty();
    }

    @Test
    void aTokenFileChangedByHandIsAFindingOnThatFile() throws Exception {
        Path dir = TestCorpus.withTokenizedDocument(tmp, "anna");
        Path file = tokenFile(dir);
        Files.writeString(file, Files.readString(file).replace(": 0-10 ", ": 0-4 "));

        assertThat(validate(dir)).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(file);
            assertThat(f.problem()).contains("changed after import");
        });
    }
}
