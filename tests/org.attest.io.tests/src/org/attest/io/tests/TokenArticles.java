package org.attest.io.tests;

import java.util.List;

import org.attest.io.Article;

/** What a test compares of an article read from a token format: its tokens, sentences and entities as text. */
final class TokenArticles {

    private TokenArticles() {
    }

    /** Returns the article's tokens as the text they cover. */
    static List<String> tokens(Article article) {
        return article.sourceSegmentation().orElseThrow().tokens().stream()
                .map(t -> article.text().substring(t.begin(), t.end())).toList();
    }

    /** Returns the article's sentences as the text they cover. */
    static List<String> sentences(Article article) {
        return article.sourceSegmentation().orElseThrow().sentences().stream()
                .map(s -> article.text().substring(s.begin(), s.end())).toList();
    }

    /** Returns the article's spans as {@code covered text/type}. */
    static List<String> entities(Article article) {
        return article.spans().stream()
                .map(s -> article.text().substring(s.begin(), s.end()) + "/" + s.features().get("type")).toList();
    }
}
