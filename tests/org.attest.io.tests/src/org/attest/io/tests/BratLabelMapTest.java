package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.io.Article;
import org.attest.io.BratArticleReader;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.io.LabelMap;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain brat entity types (PER, LOC) written by other tools are placed on the Entity layer through the label map. */
class BratLabelMapTest {

    private final BratArticleReader sut = new BratArticleReader(DefaultSchema.create());

    @TempDir
    Path dir;

    private Path write(String ann) throws Exception {
        Files.writeString(dir.resolve("doc.txt"), "Anna met Zürich officials.");
        return Files.writeString(dir.resolve("doc.ann"), ann);
    }

    private static String types(Article article) {
        return article.spans().stream().map(s -> s.layer() + ":" + s.features().get("type") + "@" + s.begin())
                .toList().toString();
    }

    @Test
    void typesThatNameNoLayerBecomeEntityLabelsByTheDefaultMap() throws Exception {
        Path ann = write("T1\tPER 0 4\tAnna\nT2\tLOC 9 15\tZürich\nT3\tEntity-DATE 16 25\tofficials\n");

        Article article = sut.read(ann, ImportOptions.defaults()).get(0);

        assertThat(types(article)).isEqualTo("[Entity:PERSON@0, Entity:LOCATION@9, Entity:DATE@16]");
    }

    @Test
    void aGivenLabelMapPlacesTypesTheDefaultsDoNot() throws Exception {
        Path ann = write("T1\tPerson 0 4\tAnna\nT2\tLOC 9 15\tZürich\n");
        ImportOptions options = ImportOptions.defaults().withLabelMap(LabelMap.parse("Person=PERSON,LOC=GPE"));

        Article article = sut.read(ann, options).get(0);

        assertThat(types(article)).isEqualTo("[Entity:PERSON@0, Entity:GPE@9]");
    }

    @Test
    void aTypeWithoutAPlaceIsStillRefusedByName() throws Exception {
        Path ann = write("T1\tVehicle 0 4\tAnna\n");

        assertThatThrownBy(() -> sut.read(ann, ImportOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("doc.ann").hasMessageContaining("Vehicle");
    }
}
