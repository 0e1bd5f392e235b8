package org.attest.claims;

/**
 * What the conflict logic says of two claims of one cluster, and why.
 *
 * @param a the first claim
 * @param b the second claim
 * @param kind agree, conflict or not comparable
 * @param reason the reason in a sentence a reader can check, naming the intervals and periods compared
 */
public record Verdict(ClaimFigure a, ClaimFigure b, Kind kind, String reason) {

    /** The three verdicts. */
    public enum Kind {
        /** Both claims can be true at once. */
        AGREE,
        /** The claims cannot both be true. */
        CONFLICT,
        /** The claims speak of different things (periods, measures) or one has no figure; never a conflict. */
        NOT_COMPARABLE
    }

    /** Returns whether the claims truly conflict. */
    public boolean conflict() {
        return kind == Kind.CONFLICT;
    }
}
