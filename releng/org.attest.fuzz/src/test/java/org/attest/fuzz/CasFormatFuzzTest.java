package org.attest.fuzz;

import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.uima.cas.CAS;
import org.attest.cas.CasDoctor;
import org.attest.cas.CasFactory;
import org.attest.cas.CasFormat;
import org.attest.cas.CasFormatException;
import org.attest.model.Schema;
import org.attest.model.schema.DefaultSchema;

/**
 * Fuzzes the reader of stored CASes ({@code .bcas}: a line naming the type system file, the block of sentences and
 * tokens, then UIMA compressed form 6 of the rest; form 1 without the block; or, the earliest form, form 6 with its
 * type system), with and without a
 * CAS to reuse as the corpus store passes one, and the check that {@code attest validate} then runs on what it read.
 */
final class CasFormatFuzzTest {

    private static final String NAME = "fuzz-annotator.bcas";
    private static final Schema SCHEMA = DefaultSchema.create();
    private static final CasFactory FACTORY = new CasFactory(SCHEMA);
    private static final CasFormat FORMAT = new CasFormat(FACTORY);
    private static final CAS REUSE = FACTORY.emptyCas();
    private static final Set<Class<? extends Exception>> OWN = Set.of(CasFormatException.class);

    /** A stored CAS is read, or refused naming the file; CasDoctor reports what it finds in a CAS that was read. */
    @FuzzTest
    void storedCasIsReadOrRefusedByName(byte[] input) {
        Contract.readOrRefuse(() -> {
            CAS cas = FORMAT.read(input, NAME);
            new CasDoctor().check(cas, SCHEMA, null);
        }, OWN, NAME);
        Contract.readOrRefuse(() -> {
            REUSE.reset();
            CAS cas = FORMAT.read(input, NAME, REUSE);
            new CasDoctor().check(cas, SCHEMA, cas.getDocumentText());
        }, OWN, NAME);
    }
}
