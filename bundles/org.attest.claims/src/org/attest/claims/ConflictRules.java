package org.attest.claims;

import java.util.Locale;
import java.util.Optional;

/**
 * The conflict logic of claim clusters: a qualifier makes a figure an interval; over the same period two claims
 * conflict exactly when their intervals are disjoint; counts over nested periods conflict only when the shorter
 * period's lower bound exceeds the longer period's upper bound; levels and rates compare only within the same period;
 * periods that overlap partly, lie apart or are unknown are not comparable, never a conflict.
 */
public final class ConflictRules {

    /** The tolerance of "about" when none is chosen: ten per cent either side. */
    public static final double DEFAULT_TOLERANCE = 0.10;

    private final double tolerance;

    /** Creates the rules with the default tolerance of "about". */
    public ConflictRules() {
        this(DEFAULT_TOLERANCE);
    }

    /** Creates the rules with {@code tolerance} (a share, such as 0.1) for "about". */
    public ConflictRules(double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException(
                    "the tolerance of 'about' must be a share of 0 or more, such as 0.1, not " + tolerance);
        }
        this.tolerance = tolerance;
    }

    /**
     * Returns the interval a claim's figure allows: exact v = [v,v]; about v = [v-t, v+t]; up to / at most v = [0,v];
     * less than v = [0,v); at least v = [v,inf); more than v = (v,inf); between v and upper = [v,upper]. Empty when the
     * claim has no figure, a "between" lacks its upper bound, or the qualifier is unknown.
     */
    public Optional<Interval> interval(ClaimFigure claim) {
        Double v = claim.value();
        if (v == null) {
            return Optional.empty();
        }
        String qualifier = claim.qualifier() == null ? "exact" : claim.qualifier().strip().toLowerCase(Locale.ROOT);
        double inf = Double.POSITIVE_INFINITY;
        return switch (qualifier) {
            case "exact", "" -> Optional.of(Interval.exactly(v));
            case "about" ->
                Optional.of(new Interval(v - Math.abs(v) * tolerance, false, v + Math.abs(v) * tolerance, false));
            case "up to", "at most" -> Optional.of(new Interval(Math.min(0, v), false, v, false));
            case "less than" -> Optional.of(new Interval(Math.min(0, v), false, v, true));
            case "at least" -> Optional.of(new Interval(v, false, inf, true));
            case "more than" -> Optional.of(new Interval(v, true, inf, true));
            case "between" -> claim.upper() == null
                    ? Optional.empty()
                    : Optional.of(new Interval(Math.min(v, claim.upper()), false, Math.max(v, claim.upper()), false));
            default -> Optional.empty();
        };
    }

    /** Returns the verdict on two claims of one cluster with its reason. */
    public Verdict compare(ClaimFigure a, ClaimFigure b) {
        Optional<Interval> ia = interval(a);
        Optional<Interval> ib = interval(b);
        if (ia.isEmpty() || ib.isEmpty()) {
            ClaimFigure without = ia.isEmpty() ? a : b;
            return notComparable(a, b, without.where() + " has no figure to compare" + (without.value() != null
                    ? " (qualifier '" + without.qualifier() + "'"
                            + (without.upper() == null ? " without an upper bound" : "") + ")"
                    : ""));
        }
        Optional<Measure> ma = Measure.of(a.measure());
        Optional<Measure> mb = Measure.of(b.measure());
        if (ma.isEmpty() || mb.isEmpty()) {
            return notComparable(a, b,
                    "the measure '" + (ma.isEmpty() ? a.measure() : b.measure()) + "' is none of count, level, rate");
        }
        if (ma.get() != mb.get()) {
            return notComparable(a, b,
                    "a " + ma.get().tag() + " and a " + mb.get().tag() + " measure different things");
        }
        String intervals = ia.get() + " and " + ib.get();
        if (a.timeless() && b.timeless()) {
            return sameTime(a, b, ia.get(), ib.get(),
                    "neither states a period, so both state the cluster's one proposition: " + intervals);
        }
        Period pa = a.days();
        Period pb = b.days();
        if (pa == null || pb == null) {
            return notComparable(a, b, "the period of " + (pa == null ? a : b).where() + " is unknown");
        }
        return switch (pa.relationTo(pb)) {
            case SAME -> sameTime(a, b, ia.get(), ib.get(), "same period " + pa + ": " + intervals);
            case INSIDE -> nested(a, b, ma.get(), ia.get(), pa, ib.get(), pb);
            case AROUND -> nested(a, b, ma.get(), ib.get(), pb, ia.get(), pa);
            case PARTLY -> notComparable(a, b, "the periods " + pa + " and " + pb + " overlap only partly");
            case APART -> notComparable(a, b, "the periods " + pa + " and " + pb + " do not overlap");
        };
    }

    private static Verdict sameTime(ClaimFigure a, ClaimFigure b, Interval ia, Interval ib, String facts) {
        Optional<Interval> both = ia.intersection(ib);
        return both.isPresent()
                ? new Verdict(a, b, Verdict.Kind.AGREE, facts + " overlap in " + both.get())
                : new Verdict(a, b, Verdict.Kind.CONFLICT, facts + " are disjoint");
    }

    private static Verdict nested(ClaimFigure a, ClaimFigure b, Measure measure, Interval shorter, Period inside,
            Interval longer, Period around) {
        String periods = inside + " lies inside " + around;
        if (measure != Measure.COUNT) {
            return notComparable(a, b, measure.tag() + "s compare only within the same period, and " + periods);
        }
        String bounds = "the shorter period's lower bound " + Interval.number(shorter.lower())
                + (shorter.above(longer) ? " exceeds" : " does not exceed")
                + " the longer period's upper bound " + Interval.number(longer.upper());
        return shorter.above(longer)
                ? new Verdict(a, b, Verdict.Kind.CONFLICT, "counts over nested periods (" + periods + "): " + bounds)
                : new Verdict(a, b, Verdict.Kind.AGREE, "counts over nested periods (" + periods + "): " + bounds
                        + ", so both can be true; they count different periods");
    }

    private static Verdict notComparable(ClaimFigure a, ClaimFigure b, String reason) {
        return new Verdict(a, b, Verdict.Kind.NOT_COMPARABLE, reason + "; not comparable");
    }
}
