package org.attest.io.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.io.ArticleReader;
import org.attest.io.TextArticleReader;

class TextArticleReaderContractTest extends ArticleReaderContract {

    @Override
    ArticleReader sut() {
        return new TextArticleReader();
    }

    @Override
    Path validFile(Path dir, String text) throws Exception {
        return Files.writeString(dir.resolve("article.txt"), text);
    }
}
