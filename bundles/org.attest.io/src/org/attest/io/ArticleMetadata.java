package org.attest.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metadata of an article; absent values are {@code null}.
 *
 * @param id a stable document id
 * @param title the article's title
 * @param outlet the publishing outlet
 * @param language the language of the text, such as {@code en}
 * @param originalLanguage the language the article was translated from, if it was
 * @param date the publication date as written in the source, such as {@code 2023-09-21}
 * @param extra every other field found, in the order found (for example {@code agency-id})
 */
public record ArticleMetadata(String id, String title, String outlet, String language, String originalLanguage,
        String date, Map<String, String> extra) {

    /** Makes {@code extra} an unmodifiable, order-keeping copy. */
    public ArticleMetadata {
        extra = extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
