package org.attest.io.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.io.ArticleReader;
import org.attest.io.JsonLinesArticleReader;

class JsonLinesArticleReaderContractTest extends ArticleReaderContract {

    @Override
    ArticleReader sut() {
        return new JsonLinesArticleReader();
    }

    @Override
    Path validFile(Path dir, String text) throws Exception {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"");
        return Files.writeString(dir.resolve("articles.jsonl"), "{\"id\": \"one\", \"text\": \"" + escaped + "\"}\n");
    }
}
