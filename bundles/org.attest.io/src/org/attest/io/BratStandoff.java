package org.attest.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The encoding Attest uses in brat standoff files, shared by the brat export and import.
 *
 * <ul>
 * <li>Offsets: brat counts Unicode code points (Python string offsets), Attest and UIMA count UTF-16 units; an emoji is
 * one brat offset but two Attest offsets. {@link #toBrat} and {@link #fromBrat} convert.</li>
 * <li>Entity types: {@code Layer} for a span without label, {@code Layer-Label} with the label escaped, such as
 * {@code Source-news_agency}; layer names never contain {@code -}, so the first {@code -} separates them.</li>
 * <li>Relation types: the relation layer's name, such as {@code Attribution}; {@code Arg1} is {@code from},
 * {@code Arg2} is {@code to}.</li>
 * <li>Span links (a feature pointing to a span, such as the cue of an attribution): a relation of type
 * {@code Layer-feature} from the annotation's own span ({@code Arg1}, for a relation its {@code from} span) to the
 * linked span ({@code Arg2}); a link of a relation directly follows that relation's line.</li>
 * <li>Other features (the label excepted): attributes {@code A1\tfeature T3 value} with the value escaped; numbers are
 * written as integers when they are whole, booleans as {@code true}/{@code false}; the schema gives their types
 * back.</li>
 * <li>Escaping of labels and attribute values, which brat splits at whitespace: {@code %} becomes {@code %25},
 * {@code _} becomes {@code %5F}, a space becomes {@code _}, and other whitespace, control characters and brat's
 * separators {@code -:;|,=} become {@code %XX} of their UTF-8 bytes; unescaping reverses this exactly.</li>
 * <li>Spans over line breaks become discontinuous brat fragments, one per line ({@code 0 5;6 11}); the import takes the
 * first fragment's begin and the last fragment's end and checks that only line breaks lie between fragments.</li>
 * </ul>
 */
public final class BratStandoff {

    /** The separator of layer and label in entity types and of layer and feature in link relation types. */
    public static final char SEPARATOR = '-';

    private BratStandoff() {
    }

    /** Returns {@code value} escaped so that brat keeps it as one whitespace-free token. */
    public static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c == ' ') {
                out.append('_');
            } else if (c == '%' || c == '_' || c == '-' || c == ':' || c == ';' || c == '|' || c == ',' || c == '='
                    || Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Returns the value {@link #escape} was given, or throws {@link IllegalArgumentException} for a broken escape. */
    public static String unescape(String escaped) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '%') {
                if (i + 3 > escaped.length()) {
                    throw new IllegalArgumentException("'" + escaped + "' has an incomplete %XX escape at " + i);
                }
                try {
                    bytes.write(Integer.parseInt(escaped.substring(i + 1, i + 3), 16));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + escaped + "' has an invalid %XX escape at " + i, e);
                }
                i += 2;
                continue;
            }
            flush(bytes, out);
            out.append(c == '_' ? ' ' : c);
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    /** Returns the brat offset (code points) of the UTF-16 offset {@code offset} in {@code text}. */
    public static int toBrat(String text, int offset) {
        return text.codePointCount(0, offset);
    }

    /** Returns the UTF-16 offset of the brat offset (code points) {@code offset} in {@code text}. */
    public static int fromBrat(String text, int offset) {
        return text.offsetByCodePoints(0, offset);
    }

    /** Returns the brat entity type of a span of {@code layer} with {@code label}, which may be {@code null}. */
    public static String entityType(String layer, String label) {
        return label == null ? layer : layer + SEPARATOR + escape(label);
    }

    /** Returns the brat relation type of the span link {@code feature} of an annotation of {@code layer}. */
    public static String linkType(String layer, String feature) {
        return layer + SEPARATOR + feature;
    }
}
