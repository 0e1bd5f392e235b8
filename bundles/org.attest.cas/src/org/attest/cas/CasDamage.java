package org.attest.cas;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.CommonSerDes;

/** Recognises stored CAS files that are damaged or of another form, and words the problem for the user. */
final class CasDamage {

    private static final int HEADER_BYTES = 16;

    private CasDamage() {
    }

    // UIMA sizes its arrays by counts read from the file without checking them against the file's length, so a damaged
    // count asks for gigabytes. The request that cannot be met fails on its own, and what this read allocated before it
    // is garbage once the read is abandoned: the file's fault like any other inconsistency, not the program's end. With
    // assertions on (tests, launches from the IDE) UIMA also checks a file's consistency with assert statements.
    static CasFormatException corrupt(String name, Throwable e) {
        String problem = e instanceof OutOfMemoryError
                ? "it declares more data than fits in memory"
                : e instanceof AssertionError ? "it fails a consistency check of UIMA's" : describe(e);
        return new CasFormatException(name + ": cannot read the annotations: " + problem
                + "; the file is truncated or damaged. Restore it from version control or a backup", e);
    }

    /** Refuses a CAS read from file {@code name} that has no document text. */
    static CAS requireText(CAS cas, String name) throws CasFormatException {
        if (cas.getDocumentText() == null) {
            throw new CasFormatException(name
                    + ": the CAS has no document text, so the file is damaged. Restore it from version control or a backup");
        }
        return cas;
    }

    /**
     * Refuses bytes that are not a CAS in the on-disk form, saying what file {@code name} holds instead; the UIMA data
     * start at {@code offset} and carry their type system when {@code embedded} (the earlier form).
     */
    static void checkHeader(byte[] bytes, int offset, String name, boolean embedded) throws CasFormatException {
        if (bytes == null || bytes.length - offset < HEADER_BYTES) {
            throw new CasFormatException(name + ": only " + (bytes == null ? 0 : bytes.length)
                    + " bytes, too short for a ." + CasFormat.EXTENSION
                    + " file: it is truncated. Restore it from version control or a backup");
        }
        if ((bytes[offset] & 0xFF) == 0xAC && (bytes[offset + 1] & 0xFF) == 0xED) {
            throw new CasFormatException(name + ": holds Java-serialized data, which Attest refuses to read because"
                    + " deserializing it can run arbitrary code; re-save the CAS as UIMA XMI with the other tool and import that");
        }
        String start = new String(bytes, offset, 8, StandardCharsets.ISO_8859_1).toLowerCase();
        if (start.startsWith("<?xml") || start.startsWith("<xmi")) {
            throw new CasFormatException(name + ": is XML (XMI or XCAS), not a ." + CasFormat.EXTENSION
                    + " file; import it with the XMI importer instead");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, bytes.length - offset));
        try {
            if (!CommonSerDes.isBinaryHeader(in)) {
                throw new CasFormatException(name + ": does not start with the UIMA binary header, so it is not a ."
                        + CasFormat.EXTENSION + " file; check that the right file was chosen");
            }
            CommonSerDes.Header header = CommonSerDes.readHeader(in);
            if (!header.isForm6() || header.isTypeSystemIndexDefIncluded() != embedded || header.isDelta()) {
                throw new CasFormatException(name + ": is a UIMA binary CAS in another form ("
                        + (header.isForm6() ? "form 6" : header.isForm4() ? "form 4" : "form 0")
                        + (header.isDelta() ? ", delta" : "")
                        + (header.isTypeSystemIndexDefIncluded() ? ", with its type system" : ", no type system")
                        + "); Attest stores compressed form 6"
                        + (embedded ? " with its type system" : " after a line naming its type system file")
                        + ". Convert it to XMI and import that");
            }
        } catch (IOException e) {
            throw new CasFormatException(
                    name + ": the UIMA header is truncated. Restore the file from version control or a backup", e);
        }
    }

    // UIMA's own messages name its internals (an EOFException without text, a NullPointerException's helpful text),
    // which tell a user nothing; the cause is kept for the log, the message says what it means for the file.
    private static String describe(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Damaged damaged) {
                return damaged.getMessage();
            }
            if (cause instanceof java.io.EOFException) {
                return "it ends before the data it declares";
            }
        }
        return "its data are inconsistent";
    }

    /** A damage Attest detected itself while reading a file; its message is written for users. */
    static final class Damaged extends IOException {

        static final long serialVersionUID = 1L;

        Damaged(String message) {
            super(message);
        }
    }
}
