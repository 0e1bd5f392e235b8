package org.attest.bench;

import static org.attest.bench.Lexicon.pick;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.attest.model.schema.DefaultSchema;

/** Writes one synthetic news article of about 4 KB with its reference ("gold") annotations, from a seeded random. */
final class NewsWriter {

    private static final int TARGET_CHARS = 4000;

    private final Random random;
    private final boolean adversarial;
    private final StringBuilder text = new StringBuilder(TARGET_CHARS + 600);
    private final List<Mark> marks = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private int entities;

    NewsWriter(Random random, boolean adversarial) {
        this.random = random;
        this.adversarial = adversarial;
    }

    String text() {
        return text.toString();
    }

    List<Mark> marks() {
        return marks;
    }

    List<Link> links() {
        return links;
    }

    /** Writes the headline and the body: ~5 claims, ~25 entities, filler up to about 4,000 characters. */
    NewsWriter write() {
        text.append(pick(random, Lexicon.SUBJECTS)).append(' ').append(pick(random, Lexicon.VERBS)).append(' ')
                .append(pick(random, Lexicon.OBJECTS)).append("\n\n");
        int claims = 4 + random.nextInt(3);
        int entityTarget = 22 + random.nextInt(7);
        int sentencesInParagraph = 0;
        while (claims > 0 || entities < entityTarget || text.length() < TARGET_CHARS) {
            int structured = claims + Math.max(0, (entityTarget - entities + 2) / 3);
            int fillers = Math.max(1, (TARGET_CHARS - text.length() - structured * 110) / 95);
            boolean pickStructured = structured > 0 && random.nextInt(structured + fillers) < structured;
            if (pickStructured && claims > 0 && random.nextInt(structured) < claims) {
                claim();
                claims--;
            } else if (pickStructured && entities < entityTarget) {
                entitySentence();
            } else {
                filler();
            }
            if (++sentencesInParagraph >= 3 + random.nextInt(3)) {
                text.append("\n\n");
                sentencesInParagraph = 0;
            } else {
                text.append(' ');
            }
        }
        if (adversarial) {
            adversarialItems();
        }
        text.append('\n');
        return this;
    }

    private void filler() {
        String sentence = pick(random, Lexicon.SUBJECTS) + " " + pick(random, Lexicon.VERBS) + " "
                + pick(random, Lexicon.OBJECTS)
                + pick(random, Lexicon.TAILS);
        text.append(sentence);
        if (adversarial && random.nextInt(3) == 0) {
            text.append(' ').append(pick(random, Lexicon.EMOJI));
        }
        text.append('.');
    }

    private void entitySentence() {
        switch (random.nextInt(4)) {
            case 0 -> {
                person();
                text.append(", the ").append(pick(random, Lexicon.ROLES)).append(" of ");
                organisation();
                text.append(", arrived in ");
                entity("GPE", pick(random, Lexicon.GPES));
                text.append(' ');
                date();
            }
            case 1 -> {
                text.append("Delegates from ");
                entity("GPE", pick(random, Lexicon.GPES));
                text.append(" and ");
                entity("GPE", pick(random, Lexicon.GPES));
                text.append(" met at ");
                entity("EVENT", pick(random, Lexicon.EVENTS));
                text.append(" near ");
                entity("LOCATION", pick(random, Lexicon.LOCATIONS));
            }
            case 2 -> {
                capitalised(this::organisation);
                text.append(" reported ");
                entity("QUANTITY", (10 + random.nextInt(990)) + " " + pick(random, Lexicon.UNITS));
                text.append(" affected across ");
                entity("LOCATION", pick(random, Lexicon.LOCATIONS));
            }
            default -> {
                text.append("The talks, chaired by ");
                person();
                text.append(", are expected to resume in ");
                entity("GPE", pick(random, Lexicon.GPES));
                text.append(' ');
                date();
            }
        }
        text.append('.');
    }

    /** Writes a claim with its source, cue and attribution in one of three common news shapes. */
    private void claim() {
        int shape = random.nextInt(3);
        int source;
        int cue;
        int claim;
        if (shape == 0) {
            source = source(true);
            text.append(' ');
            cue = cue(pick(random, Lexicon.CUES));
            text.append(" that ");
            claim = statistic();
        } else if (shape == 1) {
            cue = cue("According to");
            text.append(' ');
            source = source(false);
            text.append(", ");
            claim = prediction();
        } else {
            text.append('"');
            int begin = text.length();
            text.append("We will not accept ").append(pick(random, Lexicon.OBJECTS)).append(" in its current form");
            claim = mark(DefaultSchema.CLAIM, begin, "quote", Map.of());
            text.append(",\" ");
            source = source(false);
            text.append(' ');
            cue = cue("said");
        }
        text.append('.');
        links.add(new Link(DefaultSchema.ATTRIBUTION, claim, source, cue));
    }

    private int statistic() {
        int begin = text.length();
        int value = 10 + random.nextInt(5000);
        String qualifier = pick(random, Lexicon.QUALIFIERS);
        String unit = pick(random, Lexicon.UNITS);
        text.append("exact".equals(qualifier) ? "" : qualifier + " ").append(String.format(Locale.ROOT, "%,d", value))
                .append(' ')
                .append(unit).append(" were affected in ");
        String place = pick(random, Lexicon.GPES);
        entity("GPE", place);
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("value", (double) value);
        features.put("qualifier", qualifier);
        features.put("unit", unit);
        features.put("cluster", cluster(unit, place));
        // a third of the figures count one day, a third the days from the 1st to a day, a third state no period;
        // drawn from the value, not the random, so the text and the other marks stay as they were
        int day = 1 + value % 28;
        if (value % 3 != 0) {
            features.put("periodStart", String.format(Locale.ROOT, "2026-03-%02d", value % 3 == 1 ? day : 1));
            features.put("periodEnd", String.format(Locale.ROOT, "2026-03-%02d", day));
        }
        return mark(DefaultSchema.CLAIM, begin, "statistic", features);
    }

    /** Returns the id of the claim cluster of figures of {@code unit} affected in {@code place}. */
    static String cluster(String unit, String place) {
        return ("affected-" + unit + "-" + java.text.Normalizer.normalize(place, java.text.Normalizer.Form.NFD))
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private int prediction() {
        int begin = text.length();
        text.append("the project in ");
        entity("GPE", pick(random, Lexicon.GPES));
        text.append(" will be finished by ").append(pick(random, Lexicon.MONTHS));
        return mark(DefaultSchema.CLAIM, begin, "prediction", Map.of());
    }

    /** Writes a person or organisation that is both an entity mention and a source; returns the Source mark's index. */
    private int source(boolean sentenceStart) {
        int begin = text.length();
        String type;
        if (random.nextBoolean()) {
            person();
            type = "person";
        } else {
            int org = random.nextInt(Lexicon.ORGS.size());
            String name = Lexicon.ORGS.get(org);
            entity("ORGANIZATION", sentenceStart ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name);
            type = Lexicon.SOURCE_TYPES_OF_ORGS.get(org);
        }
        return mark(DefaultSchema.SOURCE, begin, type, Map.of());
    }

    private int cue(String words) {
        int begin = text.length();
        text.append(words);
        return mark(DefaultSchema.CUE, begin, "CUE", Map.of());
    }

    private void person() {
        String name = pick(random, Lexicon.FIRST) + " " + pick(random, Lexicon.LAST);
        entity("PERSON", adversarial && random.nextInt(4) == 0 ? name + " " + pick(random, Lexicon.EMOJI) : name);
    }

    private void organisation() {
        entity("ORGANIZATION", pick(random, Lexicon.ORGS));
    }

    private void date() {
        if (random.nextBoolean()) {
            entity("DATE", pick(random, Lexicon.DAYS));
        } else {
            entity("DATE", "on " + (1 + random.nextInt(28)) + " " + pick(random, Lexicon.MONTHS));
        }
    }

    private void capitalised(Runnable writer) {
        int at = text.length();
        writer.run();
        text.setCharAt(at, Character.toUpperCase(text.charAt(at)));
    }

    private void entity(String type, String surface) {
        int begin = text.length();
        text.append(surface);
        mark(DefaultSchema.ENTITY, begin, type, Map.of());
        entities++;
    }

    private int mark(String layer, int begin, String label, Map<String, Object> features) {
        marks.add(new Mark(layer, begin, text.length(), label, features));
        return marks.size() - 1;
    }

    /** Adds a paragraph of emoji with spans around and between them, an overlapping pair and zero-length spans. */
    private void adversarialItems() {
        text.append("\n\n");
        int start = text.length();
        String first = pick(random, Lexicon.EMOJI);
        String second = pick(random, Lexicon.EMOJI);
        text.append(first).append(" Crews from ");
        int orgBegin = text.length();
        text.append("Harbour ").append(second).append(" Rescue of ");
        int gpeBegin = text.length();
        text.append(pick(random, Lexicon.GPES));
        int gpeEnd = text.length();
        text.append(" Port worked through the night ").append(pick(random, Lexicon.EMOJI)).append('.');
        // an organisation and a place that overlap: "Harbour X Rescue of Oslo" and "Oslo Port"
        marks.add(new Mark(DefaultSchema.ENTITY, orgBegin, gpeEnd, "ORGANIZATION", Map.of()));
        marks.add(new Mark(DefaultSchema.ENTITY, gpeBegin, gpeEnd + " Port".length(), "LOCATION", Map.of()));
        // a span that is just the emoji, and zero-length spans at the start of the text and right after the emoji
        marks.add(new Mark(DefaultSchema.ENTITY, start, start + first.length(), "OTHER", Map.of()));
        marks.add(new Mark(DefaultSchema.ENTITY, 0, 0, "OTHER", Map.of()));
        marks.add(new Mark(DefaultSchema.CUE, start + first.length(), start + first.length(), "CUE", Map.of()));
    }
}
