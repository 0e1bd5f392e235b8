package org.attest.ui.registry;

import java.util.Optional;
import java.util.regex.Pattern;

/** Where an entity's knowledge-base id can be read: a Wikidata QID on Wikidata, a web address as it is. */
final class KnowledgeBase {

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private KnowledgeBase() {
    }

    /**
     * Returns the page of {@code id}, such as https://www.wikidata.org/wiki/Q42 for Q42, or empty for an unknown kind.
     */
    static Optional<String> url(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String value = id.strip();
        if (QID.matcher(value).matches()) {
            return Optional.of("https://www.wikidata.org/wiki/" + value);
        }
        if (value.startsWith("https://") || value.startsWith("http://")) {
            return Optional.of(value);
        }
        return Optional.empty();
    }
}
