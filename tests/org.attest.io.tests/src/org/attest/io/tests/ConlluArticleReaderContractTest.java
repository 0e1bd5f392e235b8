package org.attest.io.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.io.ArticleReader;
import org.attest.io.tokens.ConlluArticleReader;
import org.attest.model.schema.DefaultSchema;

class ConlluArticleReaderContractTest extends ArticleReaderContract {

    @Override
    ArticleReader sut() {
        return new ConlluArticleReader(DefaultSchema.create());
    }

    @Override
    Path validFile(Path dir, String text) throws Exception {
        StringBuilder lines = new StringBuilder("# sent_id = 1\n# text = " + text + "\n");
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            lines.append(i + 1).append('\t').append(words[i]).append("\t_\t_\t_\t_\t_\t_\t_\t_\n");
        }
        return Files.writeString(dir.resolve("article.conllu"), lines.append('\n'));
    }
}
