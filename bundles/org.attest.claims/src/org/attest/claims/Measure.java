package org.attest.claims;

import java.util.Locale;

/** What a claimed figure measures, which decides what it can be compared with. */
public enum Measure {

    /** A number counted over the period, such as people killed; what a claim without a measure is. */
    COUNT,

    /** A number that holds at a time, such as the water level. */
    LEVEL,

    /** A number per unit of time, such as rainfall per hour. */
    RATE;

    /** Returns the measure a tag names, COUNT for none; an unknown tag gives empty so the claim is not compared. */
    public static java.util.Optional<Measure> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return java.util.Optional.of(COUNT);
        }
        for (Measure m : values()) {
            if (m.tag().equals(tag.strip().toLowerCase(Locale.ROOT))) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }

    /** Returns the schema's tag of the measure, such as {@code count}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
