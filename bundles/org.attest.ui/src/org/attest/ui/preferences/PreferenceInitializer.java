package org.attest.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Sets the default values of Attest's workbench preferences. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    /** Stores the defaults in the default scope. */
    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(AttestPreferences.NODE);
        defaults.put(AttestPreferences.ANNOTATOR, AttestPreferences.defaultAnnotator());
        defaults.putInt(AttestPreferences.AUTOSAVE_SECONDS, AttestPreferences.DEFAULT_AUTOSAVE_SECONDS);
    }
}
