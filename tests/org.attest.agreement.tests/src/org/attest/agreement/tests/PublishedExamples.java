package org.attest.agreement.tests;

import java.util.List;

import org.attest.agreement.ReliabilityData;

/** Reliability data copied from published worked examples, shared by the measure tests. */
final class PublishedExamples {

    private PublishedExamples() {
    }

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: 4 observers, 12
     * units, missing values (also Krippendorff 2004, Content Analysis, 2nd ed., p. 230, with the
     * symbols numbered). Published: nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797.
     */
    static ReliabilityData krippendorff2011C() {
        return ReliabilityData.ofCoderRows(List.of("A", "B", "C", "D"),
                List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"),
                row("1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null),
                row("1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"),
                row(null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null),
                row("1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null));
    }

    /**
     * Krippendorff (2011), example A (also Krippendorff 2004, p. 224): binary data, two observers, ten
     * units, no missing values. Published: alpha = 0.095 (D_o = 0.400, D_e = 0.442, 60% agreement).
     */
    static ReliabilityData krippendorff2011A() {
        return ReliabilityData.ofCoderRows(List.of("A", "B"),
                List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
                row("0", "1", "0", "0", "0", "0", "0", "0", "1", "0"),
                row("1", "1", "1", "0", "0", "1", "0", "0", "0", "0"));
    }

    /**
     * Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological Bulletin
     * 76(5), Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses (1 depression, 2 personality
     * disorder, 3 schizophrenia, 4 neurosis, 5 other). Each row lists the six diagnoses of one patient;
     * which psychiatrist gave which does not matter to Fleiss' kappa. Published: kappa = 0.430
     * (P-bar = 0.556, P-bar_e = 0.220).
     */
    static ReliabilityData fleiss1971() {
        int[][] diagnoses = {
                {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5},
                {2, 2, 2, 4, 4, 4}, {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4},
                {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5}, {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4},
                {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5}, {3, 3, 3, 3, 3, 5},
                {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
                {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4},
                {1, 4, 4, 4, 4, 5}, {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4},
                {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5}};
        String[][] matrix = new String[diagnoses.length][6];
        List<String> units = new java.util.ArrayList<>();
        for (int u = 0; u < diagnoses.length; u++) {
            units.add("patient " + (u + 1));
            for (int r = 0; r < 6; r++) {
                matrix[u][r] = Integer.toString(diagnoses[u][r]);
            }
        }
        return new ReliabilityData(List.of("r1", "r2", "r3", "r4", "r5", "r6"), units, matrix);
    }

    static String[] row(String... values) {
        return values;
    }
}
