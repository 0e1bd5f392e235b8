package org.attest.ui.preferences;

/** Keys and defaults of Attest's workbench preferences. */
public final class AttestPreferences {

    /** The preference node of the Attest workbench. */
    public static final String NODE = "org.attest.ui";

    /** The current annotator's name, used for the annotator's own CAS of each document. */
    public static final String ANNOTATOR = "annotator";

    /** The folder of the corpus opened last, reopened at the next start. */
    public static final String LAST_CORPUS = "lastCorpus";

    /** Seconds of idle time after which a dirty annotation editor saves itself; 0 turns autosave off. */
    public static final String AUTOSAVE_SECONDS = "autosaveSeconds";

    /** The default autosave interval in seconds. */
    public static final int DEFAULT_AUTOSAVE_SECONDS = 30;

    private AttestPreferences() {
    }

    /** Returns the current annotator's name from the preferences, or the default when none was chosen. */
    public static String annotator() {
        String value = org.eclipse.core.runtime.Platform.getPreferencesService().getString(NODE, ANNOTATOR, null, null);
        return value == null || value.isBlank() ? defaultAnnotator() : value;
    }

    /** Returns the annotator name to use before the user has chosen one: the operating-system user. */
    public static String defaultAnnotator() {
        String user = System.getProperty("user.name", "annotator");
        return user.isBlank() ? "annotator" : user;
    }
}
