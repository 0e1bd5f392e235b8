package org.attest.app;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * Help > About Attest: the product's about text with the version of the running application bundle filled in at run
 * time, so the dialog never shows a hand-typed number.
 */
final class AboutAction extends Action implements IWorkbenchAction {

    private IWorkbenchWindow window;

    /** Creates the action for {@code window}, with the id and command of the platform's About action. */
    AboutAction(IWorkbenchWindow window) {
        super("&About " + productName());
        this.window = window;
        setId(ActionFactory.ABOUT.getId());
        setActionDefinitionId("org.eclipse.ui.help.aboutAction");
    }

    /** Returns the about text of the running product with {@code {0}} replaced by {@link #version()}. */
    static String text() {
        IProduct product = Platform.getProduct();
        String text = product == null ? null : product.getProperty("aboutText");
        return (text == null ? productName() + "\nVersion: {0}" : text).replace("{0}", version());
    }

    /** Returns the application bundle's version as {@code 0.1.0 (build 0.1.0.qualifier)}. */
    static String version() {
        Version v = FrameworkUtil.getBundle(AboutAction.class).getVersion();
        String release = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        return v.getQualifier().isEmpty() ? release : release + " (build " + v + ")";
    }

    private static String productName() {
        IProduct product = Platform.getProduct();
        return product == null || product.getName() == null ? "Attest" : product.getName();
    }

    @Override
    public void run() {
        if (window == null) {
            return;
        }
        Bundle bundle = FrameworkUtil.getBundle(AboutAction.class);
        Image image = ImageDescriptor.createFromURL(bundle.getEntry("icons/attest48.png")).createImage();
        try {
            new MessageDialog(window.getShell(), "About " + productName(), null, text(), MessageDialog.NONE, 0,
                    IDialogConstants.CLOSE_LABEL) {

                @Override
                public Image getImage() {
                    return image;
                }
            }.open();
        } finally {
            image.dispose();
        }
    }

    @Override
    public void dispose() {
        window = null;
    }
}
