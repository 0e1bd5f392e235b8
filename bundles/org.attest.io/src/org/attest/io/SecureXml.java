package org.attest.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XML parsing that never resolves a DOCTYPE or an external entity: any DOCTYPE is refused, which defeats external
 * entity (XXE) attacks and entity expansion bombs alike.
 */
final class SecureXml {

    private static final String DOCTYPE_FIX = "Attest refuses DOCTYPE declarations because they can read other files or "
            + "expand into entity bombs; remove the DOCTYPE declaration (UIMA XMI and type systems never need one)";

    private SecureXml() {
    }

    /** Refuses binary content and any DOCTYPE or ENTITY declaration found in {@code bytes}, before parsing. */
    static void refuseUnsafe(String where, byte[] bytes) throws ImportException {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xAC && (bytes[1] & 0xFF) == 0xED) {
            throw new ImportException(where + ": this is a Java-serialized object (it starts with 0xAC 0xED), not XML; "
                    + "Attest never deserializes Java objects because that can run code; export the CAS as UIMA XMI instead");
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw new ImportException(
                    where + ": this is a ZIP archive, not XML; extract it and import the files inside");
        }
        if (bytes.length >= 4 && bytes[0] == 'U' && bytes[1] == 'I' && bytes[2] == 'M' && bytes[3] == 'A') {
            throw new ImportException(
                    where + ": this is a binary UIMA CAS, not XMI; export the CAS as UIMA XMI instead");
        }
        int nul = FileBytes.firstNul(bytes, 4096);
        if (nul >= 0 && !looksLikeUtf16(bytes)) {
            throw new ImportException(where + ": NUL byte at byte offset " + nul + ", so this is binary data, not XML; "
                    + "give a UIMA XMI file with its type system");
        }
        // A scan of the prolog gives the clearest message for the usual (ASCII-compatible) case; the parser refuses
        // DOCTYPE in every encoding and every position anyway.
        String head = new String(bytes, 0, prologLength(bytes), StandardCharsets.ISO_8859_1);
        for (String marker : new String[]{"<!DOCTYPE", "<!ENTITY"}) {
            int at = indexOfIgnoreCase(head, marker);
            if (at >= 0) {
                throw new ImportException(where + ": line " + FileBytes.lineOf(bytes, at) + " declares "
                        + marker.substring(1) + "; " + DOCTYPE_FIX);
            }
        }
    }

    /**
     * Parses {@code bytes}, already checked by {@link #refuseUnsafe}, with {@code handler} (or only for
     * well-formedness).
     */
    static void parse(String where, byte[] bytes, ContentHandler handler, String fix) throws ImportException {
        try {
            XMLReader reader = newReader();
            reader.setContentHandler(handler == null ? new DefaultHandler() : handler);
            // Throws on fatal errors without the JDK's default printing to stderr; the message is ours to report.
            reader.setErrorHandler(new DefaultHandler());
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("refused to resolve the external entity " + systemId);
            });
            InputSource source = new InputSource(new ByteArrayInputStream(bytes));
            source.setSystemId(where);
            reader.parse(source);
        } catch (SAXParseException e) {
            String message = String.valueOf(e.getMessage());
            boolean doctype = message.contains("DOCTYPE") || message.contains("disallow-doctype-decl");
            throw new ImportException(where + ": line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + (doctype ? "the file declares a DOCTYPE; " + DOCTYPE_FIX : message + "; " + fix), e);
        } catch (SAXException e) {
            if (e.getException() instanceof RuntimeException inside) {
                throw new ImportException(where + ": " + inconsistency(inside) + "; " + fix, e);
            }
            String message = e.getMessage() == null || e.getMessage().isBlank()
                    ? "the XML is malformed"
                    : e.getMessage();
            throw new ImportException(where + ": " + message + "; " + fix, e);
        } catch (IOException e) {
            throw new ImportException(where + ": cannot be read (" + e.getMessage() + "); " + fix, e);
        } catch (RuntimeException e) {
            // UIMA's XMI handler reports some inconsistencies as runtime exceptions; they are still the file's fault.
            // Their
            // texts name UIMA's internals (a message bundle it cannot find, a class), so the message says what is
            // wrong.
            throw new ImportException(where + ": " + inconsistency(e) + "; " + fix, e);
        }
    }

    private static String inconsistency(RuntimeException e) {
        if (e instanceof java.util.MissingResourceException missing && missing.getKey() != null
                && !missing.getKey().isBlank()) {
            // UIMA's message key, such as BYTE_ARRAY_LENGTH_NOT_EVEN, is the only description it has in this runtime
            return "UIMA cannot read a value in the file ("
                    + missing.getKey().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ")";
        }
        if (e instanceof NumberFormatException) {
            return "a number in the file is malformed";
        }
        return "the file is inconsistent in a way UIMA's XMI reader refuses";
    }

    private static XMLReader newReader() throws ImportException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new ImportException("The XML parser of this Java runtime cannot be configured to refuse DOCTYPE ("
                    + e.getMessage() + "); run Attest on a standard JDK", e);
        }
    }

    /** Returns the length of the part before the root element, where a DOCTYPE would have to be. */
    private static int prologLength(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '<' && (Character.isLetter(bytes[i + 1]) || bytes[i + 1] == '_')) {
                return i;
            }
        }
        return bytes.length;
    }

    private static boolean looksLikeUtf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || bytes[0] == 0 && bytes[1] == '<' || bytes[0] == '<' && bytes[1] == 0);
    }

    private static int indexOfIgnoreCase(String text, String marker) {
        int limit = text.length() - marker.length();
        for (int i = 0; i <= limit; i++) {
            if (text.regionMatches(true, i, marker, 0, marker.length())) {
                return i;
            }
        }
        return -1;
    }
}
