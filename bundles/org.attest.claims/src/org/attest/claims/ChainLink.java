package org.attest.claims;

/**
 * One source of an attribution chain: the Source span a claim is attributed to, or one it was reported through.
 *
 * @param begin the offset of the source's first character
 * @param end the offset after its last character
 * @param text the words of the source
 * @param type the source type as tagged, such as "news agency", or null when unset
 * @param entity the registry entity id the source links, as held in the annotation, or null
 * @param entityName the canonical name of that entity (or of the one it was merged into), or null when unknown
 */
public record ChainLink(int begin, int end, String text, String type, String entity, String entityName) {

    /** Returns the source as a reader sees it: its words and, unless they say it already, its type in brackets. */
    public String describe() {
        return type == null || type.equalsIgnoreCase(text.strip()) ? text : text + " (" + type + ")";
    }

    /** Returns where the source is with its words, such as {@code 'Reuters' [31,38)}. */
    public String where() {
        return "'" + text + "' [" + begin + "," + end + ")";
    }
}
