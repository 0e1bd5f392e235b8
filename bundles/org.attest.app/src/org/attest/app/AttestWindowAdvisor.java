package org.attest.app;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Configures an Attest workbench window: title, size, menus, status line and perspective bar. */
public final class AttestWindowAdvisor extends WorkbenchWindowAdvisor {

    /** The title of every Attest window. */
    public static final String TITLE = "Attest";

    /** Creates the advisor for the window behind {@code configurer}. */
    public AttestWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    /** Creates the menu bar advisor. */
    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new AttestActionBarAdvisor(configurer);
    }

    /** Sets the window's title, size and decorations before it opens. */
    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setTitle(TITLE);
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setShowProgressIndicator(true);
    }
}
