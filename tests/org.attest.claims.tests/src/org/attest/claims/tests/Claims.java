package org.attest.claims.tests;

import java.time.LocalDate;

import org.attest.claims.ClaimFigure;
import org.attest.claims.PeriodReader;

/** Claims for the tests of the conflict logic, dated by the articles of a Friday, 3 May 2024. */
final class Claims {

    static final LocalDate FRIDAY = LocalDate.of(2024, 5, 3);

    private Claims() {
    }

    /** A count over the period written, as the corpus reader would fill it from the Friday's article. */
    static ClaimFigure claim(Double value, String qualifier, String period) {
        return measured(value, qualifier, period, null);
    }

    /** A claim with a measure tag over the period written. */
    static ClaimFigure measured(Double value, String qualifier, String period, String measure) {
        var days = PeriodReader.read(period, FRIDAY);
        return new ClaimFigure("doc", 0, 10, qualifier + " " + value, "killed", value, null, qualifier, "people killed",
                measure, period,
                days.map(p -> p.start()).orElse(null), days.map(p -> p.end()).orElse(null));
    }

    /** A claim "between value and upper" with no period stated. */
    static ClaimFigure between(double value, double upper) {
        return new ClaimFigure("doc", 0, 10, "between", "killed", value, upper, "between", null, null, null, null,
                null);
    }
}
