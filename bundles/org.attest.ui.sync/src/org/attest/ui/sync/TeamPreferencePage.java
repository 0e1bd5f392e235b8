package org.attest.ui.sync;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window > Preferences > Attest > Team: synchronise after Mark Finished. */
public final class TeamPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** Creates the page with its fields laid out in a grid. */
    public TeamPreferencePage() {
        super(GRID);
        setDescription(
                "How this workbench shares your work with the team. Credentials for remotes are kept in Eclipse secure storage.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, TeamPreferences.NODE));
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(TeamPreferences.SYNC_AFTER_FINISH,
                "&Synchronize with the team after Mark Finished", getFieldEditorParent()));
    }
}
