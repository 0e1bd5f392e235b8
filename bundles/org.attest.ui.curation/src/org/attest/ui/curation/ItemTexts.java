package org.attest.ui.curation;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.attest.curation.QueueItem;
import org.attest.diff.Configuration;
import org.attest.diff.Position;
import org.attest.model.DecisionOrigin;
import org.attest.model.GoldDecision;

/** The words the curation editor, the queue view and the Properties view use for items, versions and decisions. */
final class ItemTexts {

    /** What a missing annotation reads as. */
    static final String NOTHING = "\u2014";

    private ItemTexts() {
    }

    /**
     * Returns a version as a reader sees it: the label, then the other feature values, e.g. "statistic up to 40
     * people".
     */
    static String version(Configuration configuration) {
        if (configuration == null) {
            return NOTHING;
        }
        StringBuilder sb = new StringBuilder(configuration.label());
        for (Map.Entry<String, String> feature : configuration.features().entrySet()) {
            String value = feature.getValue();
            // span links are written as offsets, which say nothing to a reader; the lanes show the linked span anyway
            if (value != null && !value.isBlank() && !value.startsWith("[")) {
                sb.append(' ').append(value);
            }
        }
        return sb.toString();
    }

    /** Returns one line per annotator, "anna: ORGANIZATION", "carl: —", in {@code annotators} order. */
    static List<String> versions(QueueItem item, Collection<String> annotators) {
        List<String> lines = new ArrayList<>();
        for (String annotator : annotators) {
            lines.add(annotator + ": " + version(item.configurationOf(annotator)));
        }
        return lines;
    }

    /** Returns the versions on one line, "anna: ORGANIZATION · ben: PERSON". */
    static String versionsInline(QueueItem item, Collection<String> annotators) {
        return String.join("  \u00b7  ", versions(item, annotators));
    }

    /** Returns where an item is, with its text: "Entity “Ana Kovačić” [120,131)" or "Attribution “…” → “…”". */
    static String where(Position position, String text) {
        String from = quote(text, position.begin(), position.end());
        if (position.isRelation()) {
            return position.layer() + " " + from + " \u2192 " + quote(text, position.toBegin(), position.toEnd());
        }
        return position.layer() + " " + from + " [" + position.begin() + "," + position.end() + ")";
    }

    /** Returns the covered text between two offsets in curly quotes, shortened to about 40 characters. */
    static String quote(String text, int begin, int end) {
        int b = Math.max(0, Math.min(begin, text.length()));
        int e = Math.max(b, Math.min(end, text.length()));
        String covered = text.substring(b, e).replaceAll("\\s+", " ");
        return "\u201c" + shorten(covered, 40) + "\u201d";
    }

    /** Returns {@code s} cut to {@code max} characters with an ellipsis. */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    /** Returns a decision in one sentence, or "not decided yet". */
    static String decision(GoldDecision decision) {
        if (decision == null) {
            return "not decided yet";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(decision.getVerdict().getLiteral()).append(' ').append(decision.getValue());
        if (decision.getOrigin() == DecisionOrigin.AUTO_MERGE) {
            sb.append(", auto-merged (").append(decision.getRule()).append(')');
        } else {
            sb.append(", by ").append(decision.getReviewer());
        }
        if (!decision.getSupporters().isEmpty()) {
            sb.append(", as chosen by ").append(String.join(", ", decision.getSupporters()));
        }
        sb.append(", ").append(time(decision.getTime()));
        if (decision.getComment() != null) {
            sb.append(" \u2014 \u201c").append(decision.getComment()).append('\u201d');
        }
        return sb.toString();
    }

    /** Returns a time as "2026-03-14 09:30 UTC", the way the command line writes it. */
    static String time(Date date) {
        if (date == null) {
            return "";
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);
        format.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        return format.format(date);
    }

    /** Returns what the gold holds at {@code item}: the decided value, no annotation, or "? (open)" while undecided. */
    static String goldVersion(QueueItem item) {
        if (item.decision() == null) {
            return item.status().inQueue() ? "? (open)" : NOTHING;
        }
        return item.decision().getVerdict() == org.attest.model.Verdict.REJECTED
                ? NOTHING + " (no annotation)"
                : item.decision().getValue();
    }
}
