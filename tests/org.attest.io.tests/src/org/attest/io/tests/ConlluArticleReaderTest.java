package org.attest.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attest.io.tests.TokenArticles.entities;
import static org.attest.io.tests.TokenArticles.tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attest.io.Article;
import org.attest.io.ImportException;
import org.attest.io.ImportOptions;
import org.attest.io.tokens.ConlluArticleReader;
import org.attest.model.schema.DefaultSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConlluArticleReaderTest {

    private final ConlluArticleReader sut = new ConlluArticleReader(DefaultSchema.create());

    @TempDir
    Path dir;

    private static String word(String id, String form, String misc) {
        return id + "\t" + form + "\t_\t_\t_\t_\t_\t_\t_\t" + misc + "\n";
    }

    private List<Article> read(String content) throws Exception {
        return sut.read(Files.writeString(dir.resolve("ud.conllu"), content), ImportOptions.defaults());
    }

    @Test
    void spaceAfterNoJoinsTokensInTheRebuiltText() throws Exception {
        String content = "# newdoc id = zurich-vote\n# sent_id = 1\n# text = Zürich, Euro-style.\n"
                + word("1", "Zürich", "NER=B-LOC|SpaceAfter=No") + word("2", ",", "_")
                + word("3", "Euro-style", "SpaceAfter=No|NER=B-MISC") + word("4", ".", "_") + "\n";

        Article article = read(content).get(0);

        assertThat(article.text()).isEqualTo("Zürich, Euro-style.");
        assertThat(tokens(article)).containsExactly("Zürich", ",", "Euro-style", ".");
        assertThat(entities(article)).containsExactly("Zürich/LOCATION", "Euro-style/OTHER");
        assertThat(article.metadata().id()).isEqualTo("zurich-vote");
    }

    @Test
    void aMultiWordTokenIsOneTokenTaggedByItsWordsWhenItHasNoTagOfItsOwn() throws Exception {
        String content = word("1", "Vamos", "_") + word("2-3", "al", "_") + word("2", "a", "_")
                + word("3", "el", "NER=B-LOC") + word("4", "Łódź", "NER=I-LOC") + word("4.1", "ghost", "_") + "\n";

        Article article = read(content).get(0);

        assertThat(tokens(article)).containsExactly("Vamos", "al", "Łódź");
        assertThat(entities(article)).containsExactly("al Łódź/LOCATION");
    }

    @Test
    void newdocCommentsSeparateDocumentsAndSentencesBecomeLines() throws Exception {
        String content = "# newdoc id = a\n" + word("1", "One", "_") + "\n" + word("1", "Two", "_") + "\n"
                + "# newdoc\n" + word("1", "Three", "_") + "\n";

        List<Article> articles = read(content);

        assertThat(articles).extracting(Article::text).containsExactly("One\nTwo", "Three");
        assertThat(articles).extracting(a -> a.metadata().id()).containsExactly("a", "ud-2");
    }

    @Test
    void aWordLineWithoutTenColumnsIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> read(word("1", "One", "_") + "2\tTwo\t_\n")).isInstanceOf(ImportException.class)
                .hasMessageContaining("ud.conllu:2: 3 tab-separated columns");
    }

    @Test
    void anIdThatIsNoNumberIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> read(word("x", "One", "_"))).isInstanceOf(ImportException.class)
                .hasMessageContaining("ud.conllu:1: the ID \"x\"");
    }
}
