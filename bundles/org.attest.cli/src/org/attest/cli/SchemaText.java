package org.attest.cli;

import org.attest.model.Tag;

/**
 * How {@code attest schema} writes a tag. Not a method of the command: picocli reflects on every command's methods at
 * each start, which would load the model's EMF types from their signed jars, whose signature check costs time.
 */
final class SchemaText {

    private SchemaText() {
    }

    /** Returns the tag's name with its hot key in brackets, if it has one. */
    static String tag(Tag tag) {
        return tag.getName() + (tag.getHotKey() == null ? "" : " [" + tag.getHotKey() + "]");
    }
}
