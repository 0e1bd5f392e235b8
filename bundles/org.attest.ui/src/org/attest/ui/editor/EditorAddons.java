package org.attest.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/** The add-ons of one annotation editor: created from the extension point, told about keys, hovers and changes. */
final class EditorAddons {

    /** The extension point add-ons are contributed to. */
    static final String EXTENSION_POINT = "org.attest.ui.editorAddons";

    private final Composite toolbar;
    private final List<EditorAddon> addons = new ArrayList<>();

    /** Creates the (hidden) toolbar row of the add-ons in {@code parent}, whose layout is a GridLayout. */
    EditorAddons(Composite parent) {
        toolbar = new Composite(parent, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.wrap = false;
        row.marginTop = 0;
        row.marginBottom = 0;
        toolbar.setLayout(row);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true;
        toolbar.setLayoutData(data);
        toolbar.setVisible(false);
    }

    /** Creates and installs every contributed add-on in {@code editor}, logging (and leaving out) one that fails. */
    void install(AnnotationEditor editor) {
        ILog log = ILog.of(EditorAddons.class);
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                EditorAddon addon = (EditorAddon) element.createExecutableExtension("class");
                addon.install(editor, toolbar);
                addons.add(addon);
            } catch (CoreException | RuntimeException e) {
                log.error("The annotation editor add-on " + element.getAttribute("class") + " of "
                        + element.getContributor().getName() + " could not be installed and is left out: "
                        + e.getMessage(), e);
            }
        }
        if (toolbar.getChildren().length > 0) {
            ((GridData) toolbar.getLayoutData()).exclude = false;
            toolbar.setVisible(true);
            // lay out the row alone: laying out the wrapped 1 MB text costs seconds
            toolbar.getParent().layout(new Control[]{toolbar});
        }
        toolbar.addDisposeListener(e -> addons.forEach(EditorAddon::dispose));
    }

    /** Offers {@code event} to the add-ons in turn; returns whether one used it. */
    boolean keyDown(Event event) {
        for (EditorAddon addon : addons) {
            if (addon.keyDown(event)) {
                event.doit = false;
                return true;
            }
        }
        return false;
    }

    /** Returns the add-ons' tooltip lines at {@code offset}, one per line, or an empty string. */
    String hoverAt(int offset) {
        StringBuilder sb = new StringBuilder();
        for (EditorAddon addon : addons) {
            String lines = addon.hoverAt(offset);
            if (lines != null && !lines.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : "\n").append(lines);
            }
        }
        return sb.toString();
    }

    /** Tells the add-ons that the annotations changed and were repainted. */
    void refreshed() {
        addons.forEach(EditorAddon::refreshed);
    }
}
