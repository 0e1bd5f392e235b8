package org.attest.app;

import org.attest.ui.perspectives.AnnotatePerspective;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Configures the Attest workbench: the Annotate perspective first, window state kept between runs. */
public final class AttestWorkbenchAdvisor extends WorkbenchAdvisor {

    /** Keeps the layout the user arranged between sessions. */
    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    /** Opens the Annotate perspective in a new workbench. */
    @Override
    public String getInitialWindowPerspectiveId() {
        return AnnotatePerspective.ID;
    }

    /** Creates the advisor of each workbench window. */
    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new AttestWindowAdvisor(configurer);
    }
}
