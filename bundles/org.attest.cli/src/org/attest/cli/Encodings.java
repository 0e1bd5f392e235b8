package org.attest.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

import picocli.CommandLine.TypeConversionException;

/** Turns the name given to {@code --encoding} into a charset, or into a message saying how to find a valid name. */
final class Encodings {

    private Encodings() {
    }

    /** Returns the charset named {@code name}, or fails naming it and where the valid names are listed. */
    static Charset parse(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new TypeConversionException("'" + name
                    + "' is not an encoding this Java runtime knows; use a name such as UTF-8,"
                    + " windows-1252, ISO-8859-1 or UTF-16 (Java's names, the IANA ones: https://docs.oracle.com/en/java/javase/21/"
                    + "intl/supported-encodings.html lists them)");
        }
    }
}
