package org.attest.ui.agreement;

import java.util.Locale;
import java.util.Map;

import org.attest.agreement.corpus.AgreementRequest;
import org.attest.ui.colors.ColorCache;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** How the view prints and colours agreement figures. */
final class Figures {

    /** What an undefined figure shows. */
    static final String UNDEFINED = "\u2013";

    private static final Map<String, String> NAMES = Map.of(AgreementRequest.COHEN, "Cohen's \u03ba",
            AgreementRequest.FLEISS, "Fleiss' \u03ba", AgreementRequest.ALPHA, "Krippendorff's \u03b1",
            AgreementRequest.UNITIZING, "unitizing \u03b1", AgreementRequest.F1_EXACT, "F1 exact",
            AgreementRequest.F1_OVERLAP, "F1 overlap", "none", "none");

    private static final RGB UNDEFINED_COLOR = new RGB(225, 225, 225);

    private Figures() {
    }

    /** Returns {@code value} with three decimals, or a dash when it is NaN. */
    static String number(double value) {
        return Double.isNaN(value) ? UNDEFINED : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Returns the readable name of the measure with key {@code key}. */
    static String name(String key) {
        return NAMES.getOrDefault(key, key);
    }

    /**
     * Returns the colour of {@code value} from {@code colors}, on a red (0 or below) to amber to green (1) scale; grey
     * when NaN.
     */
    static Color color(ColorCache colors, double value) {
        if (Double.isNaN(value)) {
            return colors.color(UNDEFINED_COLOR);
        }
        float t = (float) Math.max(0, Math.min(1, value));
        // pale enough that black text stays legible on every cell
        return colors.color(new RGB(120 * t, 0.55f, 0.92f));
    }
}
