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

class TypeSystemValidationTest {

    @TempDir
    Path tmp;

    private static List<Finding> validate(Path dir) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            return new CorpusValidator(store).validate(m -> {
            });
        }
    }

    private static Path typeSystemFile(Path dir) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir, CorpusStore.Mode.READ, "test")) {
            return store.layout().typeSystem(store.casFormat().typeSystemFile().id());
        }
    }

    @Test
    void thatTheTypeSystemFileOfACorpusPassesValidation() throws Exception {
        Path dir = TestCorpus.withTokenizedDocument(tmp, "anna");

        assertThat(typeSystemFile(dir)).isRegularFile();
        assertThat(CorpusScan.scan(dir)).isEmpty();
        assertThat(validate(dir)).isEmpty();
    }

    @Test
    void thatAnEditedTypeSystemFileAndAHalfWrittenOneAreFindingsOnThoseFiles() throws Exception {
        Path dir = TestCorpus.withTokenizedDocument(tmp, "anna");
        Path file = typeSystemFile(dir);
        Files.writeString(file, Files.readString(file).replace("<name>", "<name>edited "));
        Path leftover = file.resolveSibling("." + file.getFileName() + ".tmp-1x2y3z");
        Files.writeString(leftover, "<?xml");

        List<Finding> findings = validate(dir);

        assertThat(findings).extracting(Finding::file).containsExactlyInAnyOrder(file, leftover);
        assertThat(findings).filteredOn(f -> f.file().equals(file)).singleElement().extracting(Finding::problem)
                .asString().contains("not the type system its name is the hash of");
        assertThat(findings).filteredOn(f -> f.file().equals(leftover)).singleElement().extracting(Finding::problem)
                .asString().contains("interrupted save");
    }
}
