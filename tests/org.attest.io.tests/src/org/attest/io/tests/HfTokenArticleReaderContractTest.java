package org.attest.io.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attest.io.ArticleReader;
import org.attest.io.tokens.HfTokenArticleReader;
import org.attest.model.schema.DefaultSchema;

class HfTokenArticleReaderContractTest extends ArticleReaderContract {

    @Override
    ArticleReader sut() {
        return new HfTokenArticleReader(DefaultSchema.create());
    }

    @Override
    Path validFile(Path dir, String text) throws Exception {
        String[] words = text.split(" ");
        String tokens = Stream.of(words).map(w -> "\"" + w.replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(","));
        String tags = Stream.of(words).map(w -> "0").collect(Collectors.joining(","));
        Files.writeString(dir.resolve("labels.json"), "[\"O\"]");
        return Files.writeString(dir.resolve("article.jsonl"),
                "{\"id\":\"a1\",\"tokens\":[" + tokens + "],\"ner_tags\":[" + tags + "]}\n");
    }
}
