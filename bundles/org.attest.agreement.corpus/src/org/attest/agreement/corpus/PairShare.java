package org.attest.agreement.corpus;

/**
 * How many pairs of annotators' values were compared and how many of them agreed.
 *
 * @param pairs the pairs of values compared: per unit, every two annotators who both gave a value there
 * @param agreeing the pairs among them that agreed
 */
public record PairShare(int pairs, int agreeing) {

    /** Checks that the counts are consistent. */
    public PairShare {
        if (pairs < 0 || agreeing < 0 || agreeing > pairs) {
            throw new IllegalArgumentException("inconsistent pair counts: " + agreeing + " agreeing of " + pairs);
        }
    }

    /** Returns the share of agreeing pairs, or NaN when no pair was compared. */
    public double share() {
        return pairs == 0 ? Double.NaN : (double) agreeing / pairs;
    }
}
