package org.attest.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text without changing a character: strict decoding, the UTF-8 byte order mark removed,
 * binary, empty and whitespace-only content refused.
 */
final class TextDecoder {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String where;
    private final String howToDeclare;
    private final ImportException.Remedy declaring;

    /**
     * @param where the file as named in messages
     * @param howToDeclare how the user declares another encoding for this file, used in messages
     * @param declarable whether the import may declare this file's encoding, so that a refusal says so in its remedy
     */
    TextDecoder(String where, String howToDeclare, boolean declarable) {
        this.where = where;
        this.howToDeclare = howToDeclare;
        this.declaring = declarable ? ImportException.Remedy.DECLARE_ENCODING : ImportException.Remedy.NONE;
    }

    /** Decodes {@code bytes} as UTF-8, or as {@code declared} when it is not {@code null}. */
    String decode(byte[] bytes, Charset declared) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException(where + ": the file is empty; give a file with the article text");
        }
        Charset charset = declared == null ? StandardCharsets.UTF_8 : declared;
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        int start = 0;
        if (startsWith(bytes, UTF8_BOM)) {
            if (!utf8) {
                throw new ImportException(
                        where + ": the file starts with a UTF-8 byte order mark, but its encoding was declared as "
                                + charset.name()
                                + "; remove the declaration (the file is UTF-8) or re-save the file without the mark");
            }
            start = UTF8_BOM.length;
        } else if (declared == null && bytes.length >= 2 && (bytes[0] & 0xFF) + (bytes[1] & 0xFF) == 0xFE + 0xFF
                && bytes[0] != bytes[1]) {
            throw new ImportException(
                    where + ": the file starts with a UTF-16 byte order mark; re-save it as UTF-8 or declare "
                            + "its encoding as UTF-16 (" + howToDeclare + ")",
                    declaring);
        }
        if (utf8) {
            int nul = FileBytes.firstNul(bytes, bytes.length);
            if (nul >= 0) {
                throw binary(nul, FileBytes.lineOf(bytes, nul));
            }
        }
        String text = strictDecode(bytes, start, charset, declared == null);
        int nulChar = text.indexOf('\u0000');
        if (nulChar >= 0) {
            throw new ImportException(
                    where + ": character offset " + nulChar + " is a NUL character, so this is binary data or "
                            + "the declared encoding " + charset.name() + " is wrong; import the article as plain text",
                    declaring);
        }
        if (text.isEmpty()) {
            throw new ImportException(
                    where + ": the file holds only a byte order mark and no text; give a file with the article text");
        }
        if (text.isBlank()) {
            throw new ImportException(where + ": the file holds only whitespace; give a file with the article text");
        }
        return text;
    }

    private ImportException binary(int offset, int line) {
        return new ImportException(where + ": NUL byte at byte offset " + offset + " (line " + line
                + "), so this is a binary file, not text; import the article as plain UTF-8 text, or declare its encoding if it is "
                + "UTF-16 (" + howToDeclare + ")", declaring);
    }

    private String strictDecode(byte[] bytes, int start, Charset charset, boolean undeclared) throws ImportException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8,
                (long) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 4));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = FileBytes.lineOf(bytes, offset);
            boolean atEnd = offset + result.length() >= bytes.length;
            StringBuilder message = new StringBuilder(where).append(": ");
            if (undeclared) {
                message.append(atEnd
                        ? "the file ends in the middle of a UTF-8 character at byte offset "
                        : "invalid UTF-8 at byte offset ").append(offset).append(" (line ").append(line)
                        .append(", byte 0x")
                        .append(String.format("%02X", bytes[offset] & 0xFF)).append(")");
                message.append(atEnd ? "; the file looks truncated: export it again, or " : "; the file is not UTF-8: ")
                        .append("re-save it as UTF-8 or declare its encoding (").append(howToDeclare).append(")");
            } else {
                message.append("byte offset ").append(offset).append(" (line ").append(line).append(") is not valid ")
                        .append(charset.name()).append("; check the declared encoding (").append(howToDeclare)
                        .append(")");
            }
            throw new ImportException(message.toString(), declaring);
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
