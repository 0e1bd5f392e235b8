package org.attest.io.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attest.io.ArticleReader;
import org.attest.io.tokens.Conll2003ArticleReader;
import org.attest.model.schema.DefaultSchema;

class Conll2003ArticleReaderContractTest extends ArticleReaderContract {

    @Override
    ArticleReader sut() {
        return new Conll2003ArticleReader(DefaultSchema.create());
    }

    // a text of single-spaced words is the text the reader rebuilds from them
    @Override
    Path validFile(Path dir, String text) throws Exception {
        String lines = Stream.of(text.split(" ")).map(w -> w + " _ _ O\n").collect(Collectors.joining());
        return Files.writeString(dir.resolve("article.conll"), "-DOCSTART- -X- -X- O\n\n" + lines + "\n");
    }
}
