package org.attest.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.attest.agreement.AgreementResult;
import org.attest.agreement.corpus.ClaimAgreement;
import org.attest.agreement.corpus.PairShare;

/** Writes the "Claims" section of a corpus agreement report: values, clusters and chains of matched claims. */
final class ClaimAgreementWriter {

    private ClaimAgreementWriter() {
    }

    /** One figure of the section: its key, what it is called in a table, its value, pairs and note. */
    private record Figure(String key, String title, double value, int pairs, String note) {
    }

    private static List<Figure> figures(ClaimAgreement claims) {
        List<Figure> figures = new ArrayList<>();
        String tolerance = percent(claims.tolerance());
        alpha(figures, "value-alpha", "value alpha (interval)", claims.value(), claims.valueWithin());
        share(figures, "value-within-tolerance", "values within " + tolerance, claims.valueWithin(),
                "tolerance " + tolerance + " of the larger value");
        if (claims.cluster() != null) {
            alpha(figures, "cluster-alpha", "cluster alpha (nominal)", claims.cluster(), claims.clusterSame());
            share(figures, "cluster-same", "same cluster", claims.clusterSame(), "");
        }
        if (claims.chain() != null) {
            alpha(figures, "chain-alpha", "chain alpha (nominal)", claims.chain(), claims.chainSame());
            share(figures, "chain-same", "same chain", claims.chainSame(), "");
        }
        return figures;
    }

    private static void alpha(List<Figure> figures, String key, String title, AgreementResult alpha,
            PairShare pairs) {
        figures.add(new Figure(key, title, alpha.value(), pairs.pairs(), alpha.note()));
    }

    private static void share(List<Figure> figures, String key, String title, PairShare share, String note) {
        String counted = share.agreeing() + " of " + share.pairs() + " pair(s) agree";
        String full = note.isEmpty() ? counted : note + "; " + counted;
        figures.add(new Figure(key, title, share.share(), share.pairs(), full));
    }

    /** Appends the section as a table for people; nothing when the report has no claim figures. */
    static void table(StringBuilder out, ClaimAgreement claims) {
        if (claims == null) {
            return;
        }
        out.append(String.format(Locale.ROOT,
                "%n== Claims (%d claim span(s), %d marked by two or more annotators: matched by offsets)%n",
                claims.claims(), claims.matched()));
        out.append(String.format(Locale.ROOT, "  %-24s %7s %7s  %s%n", "FIGURE", "VALUE", "PAIRS", "NOTE"));
        for (Figure f : figures(claims)) {
            out.append(String.format(Locale.ROOT, "  %-24s %7s %7d  %s%n", f.title(),
                    AgreementReportWriter.number(f.value()), f.pairs(), f.note()));
        }
        if (!claims.note().isEmpty()) {
            out.append("  ").append(claims.note()).append(System.lineSeparator());
        }
    }

    /** Adds the section's CSV rows, in the report's columns, scope "claims". */
    static void csv(List<String> rows, ClaimAgreement claims) {
        if (claims == null) {
            return;
        }
        for (Figure f : figures(claims)) {
            rows.add(AgreementReportWriter.row("Claim", "claims", "", f.key(), f.value(),
                    f.pairs() + " pair(s)" + (f.note().isEmpty() ? "" : "; " + f.note())));
        }
    }

    /**
     * Writes the section as the value of the field "claims" (null when the report has none): per subject (value,
     * cluster, chain) the pairs compared, alpha over them, and how many of them agree and their share.
     */
    static void json(Json json, ClaimAgreement claims) {
        json.field("claims");
        if (claims == null) {
            json.raw("null");
            return;
        }
        json.open('{').field("tolerance").raw(claims.tolerance()).field("claims").raw(claims.claims())
                .field("matched").raw(claims.matched());
        subject(json, "value", claims.value(), claims.valueWithin());
        if (claims.cluster() != null) {
            subject(json, "cluster", claims.cluster(), claims.clusterSame());
        }
        if (claims.chain() != null) {
            subject(json, "chain", claims.chain(), claims.chainSame());
        }
        json.field("note").string(claims.note()).close('}');
    }

    private static void subject(Json json, String name, AgreementResult alpha, PairShare share) {
        json.field(name).open('{').field("pairs").raw(share.pairs()).field("alpha").result(alpha).field("agreeing")
                .raw(share.agreeing()).field("share").number(share.share()).close('}');
    }

    private static String percent(double tolerance) {
        return java.math.BigDecimal.valueOf(tolerance * 100).stripTrailingZeros().toPlainString() + "%";
    }
}
