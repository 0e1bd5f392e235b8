package org.attest.io.tests;

import java.nio.file.Path;

import org.attest.io.ArticleReader;
import org.attest.io.XmiArticleReader;
import org.attest.model.schema.DefaultSchema;

class XmiArticleReaderContractTest extends ArticleReaderContract {

    @Override
    ArticleReader sut() {
        return new XmiArticleReader(DefaultSchema.create());
    }

    @Override
    Path validFile(Path dir, String text) throws Exception {
        return new XmiFixture(text).write(dir, "article.xmi");
    }
}
