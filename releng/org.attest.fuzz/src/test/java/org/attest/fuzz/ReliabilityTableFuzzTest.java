package org.attest.fuzz;

import java.nio.file.Path;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.attest.agreement.Level;
import org.attest.agreement.ReliabilityData;
import org.attest.agreement.table.ReliabilityTable;
import org.attest.agreement.table.TableAgreement;

/**
 * Fuzzes the reader of the CSV table of {@code attest agreement --table} at every level of measurement, and the
 * measures the command then computes over a table that was read. The reader's own error is an
 * IllegalArgumentException whose message names the file (the command prints it as the error); a measure may refuse a
 * table it does not apply to (Cohen's kappa with other than two coders) with TableAgreement's own message.
 */
final class ReliabilityTableFuzzTest {

    private static final Path FILE = Scratch.folder("table").resolve("fuzz-table.csv");
    private static final Set<Class<? extends Exception>> OWN = Set.of(IllegalArgumentException.class);

    /** A reliability table is read and measured, or refused naming the file. */
    @FuzzTest
    void reliabilityTableIsReadOrRefusedByName(byte[] input) {
        Scratch.put(FILE, input);
        for (Level level : Level.values()) {
            ReliabilityData[] data = new ReliabilityData[1];
            Contract.readOrRefuse(() -> data[0] = ReliabilityTable.read(FILE, level), OWN, FILE.toString());
            if (data[0] != null) {
                for (String measure : level == Level.NOMINAL ? TableAgreement.MEASURES : java.util.List.of("alpha")) {
                    measure(measure, data[0], level);
                }
            }
        }
    }

    private static void measure(String measure, ReliabilityData data, Level level) {
        try {
            for (TableAgreement.Format format : TableAgreement.Format.values()) {
                TableAgreement.format(TableAgreement.compute(measure, data, level), format);
            }
        } catch (IllegalArgumentException e) {
            // only TableAgreement's own refusal of a measure that does not apply, not one from inside a measure
            if (!e.getStackTrace()[0].getClassName().equals(TableAgreement.class.getName())) {
                throw e;
            }
        }
    }
}
