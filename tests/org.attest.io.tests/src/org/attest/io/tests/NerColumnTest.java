package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attest.io.tests.TokenArticles.entities;
import static org.attest.io.tests.TokenArticles.tokens;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.io.Article;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.io.tokens.Conll2003ArticleReader;
import org.attest.io.tokens.ConlluArticleReader;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity tags of CoNLL files read from the column, or CoNLL-U MISC key, that the options name. */
class NerColumnTest {

    // the tags in the second column, a POS tag last (as some taggers write it)
    private static final String TAGS_SECOND = """
            EU B-ORG NNP
            rejects O VBZ
            Euro-style B-MISC JJ
            Łódź B-LOC NNP
            """;

    @TempDir
    Path dir;

    private static String word(String id, String form, String xpos, String misc) {
        return id + "\t" + form + "\t_\t_\t" + xpos + "\t_\t_\t_\t_\t" + misc + "\n";
    }

    private Article conll2003(String content, String column) throws Exception {
        return new Conll2003ArticleReader(DefaultSchema.create())
                .read(Files.writeString(dir.resolve("tagged.conll"), content),
                        ImportOptions.defaults().withNerColumn(column))
                .get(0);
    }

    private Article conllu(String content, String column) throws Exception {
        return new ConlluArticleReader(DefaultSchema.create())
                .read(Files.writeString(dir.resolve("ud.conllu"), content),
                        ImportOptions.defaults().withNerColumn(column))
                .get(0);
    }

    @Test
    void aCoNll2003ColumnNumberCountedFromOneNamesTheTagColumn() throws Exception {
        Article article = conll2003(TAGS_SECOND, "2");

        assertThat(tokens(article)).containsExactly("EU", "rejects", "Euro-style", "Łódź");
        assertThat(entities(article)).containsExactly("EU/ORGANIZATION", "Euro-style/OTHER", "Łódź/LOCATION");
    }

    @Test
    void withoutTheOptionTheLastColumnIsReadAndItsPosTagsHaveNoPlace() {
        assertThatThrownBy(() -> conll2003(TAGS_SECOND, null)).isInstanceOf(ImportException.class)
                .hasMessageContaining("tagged.conll").hasMessageContaining("NNP");
    }

    @Test
    void aCoNll2003ColumnThatALineLacksOrThatIsNoNumberIsRefusedNamingTheFileAndLine() {
        assertThatThrownBy(() -> conll2003(TAGS_SECOND, "4")).isInstanceOf(ImportException.class)
                .hasMessageContaining("tagged.conll:1: 3 columns where the NER column is column 4");
        assertThatThrownBy(() -> conll2003(TAGS_SECOND, "NER")).isInstanceOf(ImportException.class)
                .hasMessageContaining("tagged.conll").hasMessageContaining("\"NER\" is not a column number");
    }

    @Test
    void aCoNlluMiscKeyReplacesNer() throws Exception {
        String content = word("1", "Zürich", "_", "Entity=B-LOC|SpaceAfter=No") + word("2", ",", "_", "NER=B-PER")
                + word("3", "Łódź", "_", "Entity=B-LOC") + "\n";

        Article article = conllu(content, "Entity");

        assertThat(entities(article)).containsExactly("Zürich/LOCATION", "Łódź/LOCATION");
    }

    @Test
    void aCoNlluColumnNumberReadsThatColumnWithUnderscoreAsOutside() throws Exception {
        String content = word("1", "Euro-style", "B-MISC", "_") + word("2", "lamb", "_", "_")
                + word("3", "Łódź", "B-LOC", "_") + "\n";

        Article article = conllu(content, "5");

        assertThat(entities(article)).containsExactly("Euro-style/OTHER", "Łódź/LOCATION");
    }

    @Test
    void aCoNlluColumnOutsideTheTenOrTheFormIsRefused() {
        String content = word("1", "One", "_", "_") + "\n";

        assertThatThrownBy(() -> conllu(content, "11")).isInstanceOf(ImportException.class)
                .hasMessageContaining("ud.conllu").hasMessageContaining("neither a column from 2 to 10");
        assertThatThrownBy(() -> conllu(content, "NER=x")).isInstanceOf(ImportException.class);
    }
}
