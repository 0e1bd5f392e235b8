package org.attest.cas;

import java.nio.charset.StandardCharsets;

/**
 * The line a {@code .bcas} file starts with since Attest keeps the type system once per corpus: the form's version and
 * the id of the type system file the UIMA data after it was written with ({@code ATTEST CAS 1 <id>}, then a newline).
 * Form 2 adds the length of the {@link SpanBlock} of sentences and tokens between the line and the UIMA data
 * ({@code ATTEST CAS 2 <id> <length>}). Files without a line are of the earliest form, UIMA data with the type system
 * embedded.
 *
 * @param version the version of the form
 * @param typeSystem the id of the type system file
 * @param blockStart where the sentences and tokens begin in the file (form 2; equal to {@code dataStart} in form 1)
 * @param dataStart where the UIMA data begin in the file
 */
record CasHeader(int version, String typeSystem, int blockStart, int dataStart) {

    /** The form Attest writes when sentences and tokens cannot be kept apart from the UIMA data. */
    static final int VERSION = 1;

    /** The form Attest writes, sentences and tokens kept apart from the UIMA data. */
    static final int LEAN = 2;

    private static final String MAGIC = "ATTEST CAS ";
    private static final int MAX_LINE = 80;

    /** Returns the header line for data written with type system {@code id}. */
    static byte[] line(String id) {
        return (MAGIC + VERSION + " " + id + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Returns the header line of form 2 for data written with type system {@code id} after a block of {@code n} bytes.
     */
    static byte[] line(String id, int n) {
        return (MAGIC + LEAN + " " + id + " " + n + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Returns whether the sentences and tokens are kept in a block, apart from the UIMA data. */
    boolean lean() {
        return version == LEAN;
    }

    /** Returns whether {@code bytes} start like a file with a header (otherwise they are of the earlier form). */
    static boolean present(byte[] bytes) {
        if (bytes == null || bytes.length < MAGIC.length()) {
            return false;
        }
        for (int i = 0; i < MAGIC.length(); i++) {
            if (bytes[i] != MAGIC.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Reads the header of {@code bytes}, the content of file {@code name}, which {@link #present} accepted. */
    static CasHeader read(byte[] bytes, String name) throws CasFormatException {
        int end = -1;
        for (int i = MAGIC.length(); i < Math.min(bytes.length, MAX_LINE); i++) {
            if (bytes[i] == '\n') {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new CasFormatException(name + ": its first line, which names the form and the type system, is"
                    + " truncated or damaged. Restore it from version control or a backup");
        }
        String[] words = new String(bytes, MAGIC.length(), end - MAGIC.length(), StandardCharsets.US_ASCII)
                .split(" ", -1);
        if (words.length < 1 || !words[0].matches("[0-9]{1,4}")) {
            throw new CasFormatException(name + ": its first line does not name the version of its form; the file is"
                    + " damaged. Restore it from version control or a backup");
        }
        int version = Integer.parseInt(words[0]);
        if (version > LEAN) {
            throw new CasFormatException(name + ": written in form " + version + " of ." + CasFormat.EXTENSION
                    + " files by a newer Attest than this one (forms " + VERSION + " and " + LEAN
                    + "); update Attest to read it");
        }
        // form 1 names the type system; form 2 adds the length of the block
        int expectedWords = version == LEAN ? 3 : 2;
        if (version < 1 || words.length != expectedWords || !TypeSystemFile.ID.matcher(words[1]).matches()) {
            throw new CasFormatException(name + ": its first line does not name a type system file; the file is"
                    + " damaged. Restore it from version control or a backup");
        }
        int block = 0;
        if (version == LEAN) {
            block = words[2].matches("[0-9]{1,9}") ? Integer.parseInt(words[2]) : -1;
            if (block < 0 || block > bytes.length - end - 1) {
                throw new CasFormatException(name + ": its first line gives a length of its sentences and tokens"
                        + " that the file does not have; the file is damaged or truncated. Restore it from version"
                        + " control or a backup");
            }
        }
        return new CasHeader(version, words[1], end + 1, end + 1 + block);
    }
}
