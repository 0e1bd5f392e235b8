package org.attest.suggest.llm;

import java.util.ArrayList;
import java.util.List;

import org.attest.suggest.api.Suggestion;

/**
 * What the language model proposed for a document and what of its answer was dropped, so nothing is dropped silently.
 *
 * @param suggestions the suggestions, every one at exact offsets of the text, in offset order
 * @param notInText the quoted mentions the text does not hold, as {@code Layer: 'words'}, dropped
 * @param unknownLabels the mentions with a label the layer does not have, as {@code Layer: 'words' as LABEL}, dropped
 * @param unsetFeatures the feature values that were not of the feature's kind, as {@code Layer: 'words' name=value},
 *     left unset on a suggestion that was kept
 */
public record LlmAnswer(List<Suggestion> suggestions, List<String> notInText, List<String> unknownLabels,
        List<String> unsetFeatures) {

    /** Copies the lists. */
    public LlmAnswer {
        suggestions = List.copyOf(suggestions);
        notInText = List.copyOf(notInText);
        unknownLabels = List.copyOf(unknownLabels);
        unsetFeatures = List.copyOf(unsetFeatures);
    }

    /** Returns how many quoted mentions were dropped, because the text does not hold them or their label is unknown. */
    public int dropped() {
        return notInText.size() + unknownLabels.size();
    }

    /**
     * Returns one line for the user: how many suggestions, and what was dropped or left unset with examples, such as
     * "3 suggestions; 1 quoted mention not in the text, dropped: Entity: 'Boris'".
     */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(suggestions.size() + (suggestions.size() == 1 ? " suggestion" : " suggestions"));
        part(parts, notInText, "quoted mention not in the text, dropped", "quoted mentions not in the text, dropped");
        part(parts, unknownLabels, "mention with a label its layer does not have, dropped",
                "mentions with a label their layer does not have, dropped");
        part(parts, unsetFeatures, "feature value of the wrong kind, left unset",
                "feature values of the wrong kind, left unset");
        return String.join("; ", parts);
    }

    private static void part(List<String> parts, List<String> items, String one, String many) {
        if (items.isEmpty()) {
            return;
        }
        List<String> shown = items.subList(0, Math.min(3, items.size()));
        parts.add(items.size() + " " + (items.size() == 1 ? one : many) + ": " + String.join(", ", shown)
                + (items.size() > shown.size() ? ", …" : ""));
    }
}
