package org.attest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.attest.model.schema.DefaultSchema;

/**
 * Derives one annotator's version of the reference marks: per mark 80% identical, 10% a boundary shift by a word or a
 * character, 10% another label; offsets never split a surrogate pair.
 */
final class Disagreement {

    private static final Map<String, List<String>> LABELS = Map.of(
            DefaultSchema.ENTITY,
            List.of("PERSON", "ORGANIZATION", "GPE", "LOCATION", "DATE", "QUANTITY", "EVENT", "OTHER"),
            DefaultSchema.CLAIM, List.of("statistic", "event", "quote", "position", "prediction"),
            DefaultSchema.SOURCE,
            List.of("person", "organization", "news agency", "government", "social media", "document",
                    "anonymous"));

    private final String text;
    private final Random random;

    Disagreement(String text, Random random) {
        this.text = text;
        this.random = random;
    }

    /** Returns the annotator's marks, index for index matching {@code reference} so relations stay valid. */
    List<Mark> apply(List<Mark> reference) {
        List<Mark> result = new ArrayList<>(reference.size());
        for (Mark mark : reference) {
            int roll = random.nextInt(10);
            if (roll < 8) {
                result.add(mark);
            } else if (roll == 8 || !LABELS.containsKey(mark.layer())) {
                result.add(shift(mark));
            } else {
                result.add(relabel(mark));
            }
        }
        return result;
    }

    private Mark relabel(Mark mark) {
        List<String> labels = LABELS.get(mark.layer());
        String label;
        do {
            label = labels.get(random.nextInt(labels.size()));
        } while (label.equals(mark.label()));
        return mark.withLabel(label);
    }

    /** Moves one boundary of the mark outwards or inwards by a word (or by one character in a single word). */
    private Mark shift(Mark mark) {
        int begin = mark.begin();
        int end = mark.end();
        switch (random.nextInt(4)) {
            case 0 -> begin = previousWordStart(begin);
            case 1 -> end = nextWordEnd(end);
            case 2 -> end = Math.max(begin, lastSpaceBefore(end, begin));
            default -> begin = Math.min(end,
                    begin + Character.charCount(text.codePointAt(Math.min(begin, text.length() - 1))));
        }
        if (begin == mark.begin() && end == mark.end()) {
            end = Math.min(text.length(), end + 1);
        }
        begin = safe(begin);
        end = Math.max(begin, safe(end));
        return mark.withRange(begin, end);
    }

    private int previousWordStart(int offset) {
        int i = offset;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private int nextWordEnd(int offset) {
        int i = offset;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int lastSpaceBefore(int end, int begin) {
        for (int i = end - 1; i > begin; i--) {
            if (text.charAt(i) == ' ') {
                return i;
            }
        }
        return end - 1;
    }

    /** Moves an offset that falls inside a surrogate pair to the pair's end. */
    private int safe(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        if (o > 0 && o < text.length() && Character.isLowSurrogate(text.charAt(o))
                && Character.isHighSurrogate(text.charAt(o - 1))) {
            return o + 1;
        }
        return o;
    }
}
