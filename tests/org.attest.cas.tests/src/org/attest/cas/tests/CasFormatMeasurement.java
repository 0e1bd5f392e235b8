package org.attest.cas.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.CasLoadMode;
import org.attest.cas.CasFactory;
import org.attest.cas.CasFormat;
import org.attest.cas.CasFormatException;
import org.attest.testing.Samples;

/**
 * Measures bytes, save and load time of the candidate on-disk forms of a realistic CAS; run as a main class, the
 * figures go into docs/cas-format.md. Not a unit test: timings depend on the machine.
 */
public final class CasFormatMeasurement {

    private static final List<SerialFormat> FORMATS = List.of(SerialFormat.XMI, SerialFormat.XCAS,
            SerialFormat.BINARY, SerialFormat.BINARY_TSI, SerialFormat.COMPRESSED, SerialFormat.COMPRESSED_TSI,
            SerialFormat.COMPRESSED_FILTERED, SerialFormat.COMPRESSED_FILTERED_TSI);

    private static final String FORM_NAME = "COMPRESSED_FILTERED_TSI";

    private CasFormatMeasurement() {
    }

    /** Prints one markdown table row per format; the optional argument is the number of timed iterations. */
    public static void main(String[] args) throws IOException {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        CasFactory factory = Fixtures.factory();
        CAS cas = Fixtures.annotated(factory, Samples.sharedText("karabakh-ceasefire-a.txt"));
        System.out.printf("text %d chars, %d feature structures%n", cas.getDocumentText().length(),
                cas.getAnnotationIndex().size());
        System.out.println("| Form | bytes/doc | save µs/doc | load µs/doc |");
        System.out.println("|---|---:|---:|---:|");
        for (SerialFormat format : FORMATS) {
            byte[] bytes = save(cas, format);
            for (int i = 0; i < iterations / 2; i++) {
                load(factory, save(cas, format), format);
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                bytes = save(cas, format);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                load(factory, bytes, format);
            }
            long t2 = System.nanoTime();
            System.out.printf("| %s | %,d | %.0f | %.0f |%n", format, bytes.length, (t1 - t0) / 1e3 / iterations,
                    (t2 - t1) / 1e3 / iterations);
        }
        measureAttest(factory, cas, iterations);
    }

    /** Measures {@link CasFormat} itself: form 6 with type system, read with the schema-loss check. */
    private static void measureAttest(CasFactory factory, CAS cas, int iterations) {
        CasFormat format = new CasFormat(factory);
        try {
            byte[] bytes = format.write(cas);
            for (int i = 0; i < iterations / 2; i++) {
                format.read(format.write(cas), "warm-up");
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                bytes = format.write(cas);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                format.read(bytes, "measure");
            }
            long t2 = System.nanoTime();
            System.out.printf("| CasFormat (%s + loss check) | %,d | %.0f | %.0f |%n", FORM_NAME, bytes.length,
                    (t1 - t0) / 1e3 / iterations, (t2 - t1) / 1e3 / iterations);
        } catch (CasFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static byte[] save(CAS cas, SerialFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
        CasIOUtils.save(cas, out, format);
        return out.toByteArray();
    }

    private static CAS load(CasFactory factory, byte[] bytes, SerialFormat format) throws IOException {
        CAS cas = factory.emptyCas();
        if (format == SerialFormat.COMPRESSED_FILTERED) {
            CasIOUtils.load(new ByteArrayInputStream(bytes), cas, factory.typeSystem());
        } else {
            CasIOUtils.load(new ByteArrayInputStream(bytes), null, cas, CasLoadMode.DEFAULT);
        }
        if (cas.getAnnotationIndex().size() < 100) {
            throw new IllegalStateException(format + " lost annotations");
        }
        return cas;
    }
}
