package org.attest.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** The "Attest" preference page: who is annotating and how often to autosave. */
public final class GeneralPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** Creates the page with a grid of field editors. */
    public GeneralPreferencePage() {
        super(GRID);
        setDescription("Your identity as an annotator and how Attest keeps your work saved.");
    }

    /** Binds the page to Attest's instance-scope preference store. */
    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, AttestPreferences.NODE));
    }

    /** Adds the annotator name and autosave interval fields. */
    @Override
    protected void createFieldEditors() {
        StringFieldEditor annotator = new StringFieldEditor(AttestPreferences.ANNOTATOR, "&Annotator name:",
                getFieldEditorParent());
        annotator.setEmptyStringAllowed(false);
        annotator.setErrorMessage("The annotator name must not be empty: it names your annotation set.");
        addField(annotator);
        IntegerFieldEditor autosave = new IntegerFieldEditor(AttestPreferences.AUTOSAVE_SECONDS,
                "Auto&save after idle seconds (0 = off):", getFieldEditorParent());
        autosave.setValidRange(0, 3600);
        addField(autosave);
    }
}
