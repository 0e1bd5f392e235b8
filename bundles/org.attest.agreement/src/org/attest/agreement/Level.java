package org.attest.agreement;

import java.util.Locale;

/** The level of measurement of reliability data, which decides how far apart two values are. */
public enum Level {

    /** Unordered categories: two values either match or differ. */
    NOMINAL,
    /** Ranked values: the distance between two ranks grows with the number of values between them. */
    ORDINAL,
    /** Numbers with meaningful differences: the distance is the squared difference. */
    INTERVAL,
    /** Numbers with a meaningful zero: the distance is the squared difference relative to the sum. */
    RATIO;

    /** Returns the level named {@code name} (case-insensitive), or fails with the accepted names. */
    public static Level parse(String name) {
        for (Level level : values()) {
            if (level.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level of measurement '" + name
                + "'; use one of nominal, ordinal, interval, ratio");
    }

    /** Returns the lower-case name used on the command line and in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
