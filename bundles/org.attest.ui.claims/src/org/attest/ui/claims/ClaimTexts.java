package org.attest.ui.claims;

import java.util.Map;
import java.util.stream.Collectors;

import org.attest.claims.Chain;
import org.attest.claims.ClaimFigure;
import org.attest.claims.Cluster;
import org.attest.claims.ConflictRules;
import org.attest.claims.Verdict;
import org.attest.ui.claims.ClaimRows.ClaimRow;
import org.attest.ui.claims.ClaimRows.ClusterRow;
import org.attest.ui.claims.ClaimRows.JointRow;
import org.attest.ui.claims.ClaimRows.VerdictRow;

/** What each column of the Claims view says of a row: an unset value stays empty, never a made-up zero. */
final class ClaimTexts {

    /** The columns, left to right. */
    enum Column {

        /** The cluster, the claim's words, "jointly allowed" or the verdict. */
        CLAIM("Cluster / claim", 235),
        /** The document and its outlet. */
        DOCUMENT("Document", 190),
        /** The figure and its unit. */
        VALUE("Value", 100),
        /** The qualifier as tagged. */
        QUALIFIER("Qualifier", 75),
        /** The period as written, with its days. */
        PERIOD("Period", 190),
        /** The interval the figure allows. */
        INTERVAL("Interval", 90),
        /** A claim's attribution chains; a verdict's or a joint interval's reason. */
        DETAILS("Chain / reason", 640),
        /** The source the claim is attributed to. */
        SOURCE("Source", 170);

        final String title;
        final int width;

        Column(String title, int width) {
            this.title = title;
            this.width = width;
        }
    }

    private final ConflictRules rules;
    private final Map<String, String> outlets;

    /** Creates the texts judged by {@code rules}, naming each document's outlet from {@code outlets}. */
    ClaimTexts(ConflictRules rules, Map<String, String> outlets) {
        this.rules = rules;
        this.outlets = outlets;
    }

    /** Returns what {@code column} says of {@code row}. */
    String text(Object row, Column column) {
        return switch (row) {
            case ClusterRow c -> cluster(c.cluster(), column);
            case ClaimRow c -> claim(c.claim(), column);
            case JointRow j -> joint(j.joint(), column);
            case VerdictRow v -> verdict(v.verdict(), column);
            default -> "";
        };
    }

    private static String cluster(Cluster cluster, Column column) {
        long conflicts = cluster.conflictCount();
        return switch (column) {
            case CLAIM -> cluster.id() + (cluster.proposition() == null ? "" : ": " + cluster.proposition());
            case DOCUMENT -> cluster.claims().size() + " claim(s)";
            case DETAILS -> conflicts == 0 ? "no conflict" : conflicts + " conflicting pair(s)";
            default -> "";
        };
    }

    private String claim(ClaimFigure claim, Column column) {
        return switch (column) {
            case CLAIM -> "\u201c" + claim.text() + "\u201d";
            case DOCUMENT -> document(claim.document());
            case VALUE -> claim.value() == null
                    ? "unset"
                    : number(claim.value()) + (claim.upper() == null ? "" : "\u2013" + number(claim.upper()))
                            + (claim.unit() == null ? "" : " " + claim.unit())
                            + (claim.measure() == null ? "" : " (" + claim.measure() + ")");
            case QUALIFIER -> claim.qualifier() == null ? "exact" : claim.qualifier();
            case PERIOD -> period(claim);
            case INTERVAL -> rules.interval(claim).map(Object::toString).orElse("none");
            case SOURCE -> claim.chains().stream().filter(Chain::attributed).map(c -> c.links().get(0).describe())
                    .distinct().collect(Collectors.joining("; "));
            case DETAILS -> claim.chains().stream()
                    .map(c -> c.attributed() ? "claim <- " + c.describe() : "not attributed to a source")
                    .distinct().collect(Collectors.joining("; "));
        };
    }

    private static String joint(Cluster.Joint joint, Column column) {
        return switch (column) {
            case CLAIM -> "jointly allowed";
            case DOCUMENT -> joint.claims() + " claim(s)";
            case PERIOD -> joint.period();
            case INTERVAL -> joint.interval().map(Object::toString).orElse("none");
            case DETAILS -> joint.interval().isPresent()
                    ? "every claim of this period allows these values"
                    : "no value fits every claim of this period";
            default -> "";
        };
    }

    private String verdict(Verdict verdict, Column column) {
        return switch (column) {
            case CLAIM -> switch (verdict.kind()) {
                case CONFLICT -> "CONFLICT";
                case AGREE -> "agree";
                case NOT_COMPARABLE -> "not comparable";
            };
            case DOCUMENT -> verdict.a().document() + " \u2194 " + verdict.b().document();
            case VALUE -> value(verdict.a()) + " vs " + value(verdict.b());
            case DETAILS -> verdict.reason();
            default -> "";
        };
    }

    private String document(String id) {
        String outlet = outlets.get(id);
        return outlet == null ? id : id + " (" + outlet + ")";
    }

    private static String period(ClaimFigure claim) {
        String days = claim.days() == null ? null : claim.days().toString();
        if (claim.period() == null) {
            return days == null ? "" : days;
        }
        return claim.period() + (days == null ? " (days unknown)" : " (" + days + ")");
    }

    private static String value(ClaimFigure claim) {
        return claim.value() == null ? "unset" : number(claim.value());
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
