package org.attest.edit;

/** Whether an annotator may edit a document now, and if not, why in words they can act on. */
public record Editability(boolean editable, String reason) {

    /** Returns the answer for a document that may be edited. */
    public static Editability yes() {
        return new Editability(true, "");
    }

    /** Returns the answer for a document that may not be edited, for {@code reason}. */
    public static Editability no(String reason) {
        return new Editability(false, reason);
    }
}
