package org.attest.cas;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.uima.UIMAFramework;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;

/**
 * A type system as a corpus keeps it once for all its CAS files: UIMA's own type system XML, named by the start of its
 * SHA-256 so that equal type systems share one file and a file never changes under its name.
 *
 * @param id the name of the file without extension: the first 32 hex digits of the SHA-256 of {@code xml}
 * @param xml the UIMA type system description, as {@code TypeSystemDescription.toXML} writes it
 */
public record TypeSystemFile(String id, byte[] xml) {

    /** The extension of a type system file, without the dot. */
    public static final String EXTENSION = "xml";

    /** The pattern every type system id matches. */
    public static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private static final int ID_LENGTH = 32;

    /** Returns the file of the type system generated from {@code description}. */
    public static TypeSystemFile of(TypeSystemDescription description) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            description.toXML(out);
        } catch (Exception e) { // SAXException or IOException, neither of which a memory stream of a valid
            // description gives
            throw new IllegalStateException("cannot write the type system as XML: " + e.getMessage(), e);
        }
        byte[] xml = out.toByteArray();
        return new TypeSystemFile(idOf(xml), xml);
    }

    /** Returns the id the type system file with content {@code xml} is named by. */
    public static String idOf(byte[] xml) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(xml);
            return HexFormat.of().formatHex(hash).substring(0, ID_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Reads the type system file {@code name} holding {@code xml}, which must be type system {@code id}; refuses a file
     * whose content is not the one its name promises, XML with a document type (which could name other files), and a
     * type system that imports other files.
     */
    public static TypeSystemDescription parse(String id, byte[] xml, String name) throws CasFormatException {
        if (!idOf(xml).equals(id)) {
            throw new CasFormatException(name + ": its content is not the type system " + id
                    + " it is named after: the file is damaged or was edited. Restore it from version control or a"
                    + " backup (Attest writes it once and never changes it)");
        }
        String text = new String(xml, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (text.contains("<!doctype") || text.contains("<!entity")) {
            throw new CasFormatException(name + ": declares a document type or entities, which a type system file"
                    + " Attest writes never does; restore it from version control or a backup");
        }
        TypeSystemDescription description;
        try {
            description = UIMAFramework.getXMLParser()
                    .parseTypeSystemDescription(new XMLInputSource(new ByteArrayInputStream(xml), null));
        } catch (InvalidXMLException | RuntimeException e) {
            throw new CasFormatException(name + ": not a valid UIMA type system (" + e.getMessage()
                    + "); restore it from version control or a backup", e);
        }
        if (description.getImports() != null && description.getImports().length > 0) {
            throw new CasFormatException(name + ": the type system imports other files, which Attest does not follow"
                    + " (a type system Attest writes is self-contained); restore it from version control or a backup");
        }
        return description;
    }

    /** Returns the file name of this type system: its id and extension. */
    public String fileName() {
        return id + "." + EXTENSION;
    }
}
