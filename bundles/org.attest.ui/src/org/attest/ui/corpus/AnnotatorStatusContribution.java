package org.attest.ui.corpus;

import org.attest.ui.preferences.AttestPreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

/** Shows the current annotator in the status bar and follows changes made on the preference page. */
public final class AnnotatorStatusContribution extends WorkbenchWindowControlContribution {

    /** The status-bar text for {@code annotator}. */
    public static String text(String annotator) {
        return "Annotator: " + annotator;
    }

    /** Creates the label and listens to the annotator preference. */
    @Override
    protected Control createControl(Composite parent) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text(AttestPreferences.annotator()) + "   ");
        label.setToolTipText("Change it in Window > Preferences > Attest");
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(AttestPreferences.NODE);
        IEclipsePreferences.IPreferenceChangeListener listener = event -> {
            if (AttestPreferences.ANNOTATOR.equals(event.getKey()) && !label.isDisposed()) {
                label.getDisplay().asyncExec(() -> {
                    if (!label.isDisposed()) {
                        label.setText(text(AttestPreferences.annotator()) + "   ");
                        label.getParent().layout();
                    }
                });
            }
        };
        node.addPreferenceChangeListener(listener);
        label.addDisposeListener(e -> node.removePreferenceChangeListener(listener));
        return label;
    }
}
