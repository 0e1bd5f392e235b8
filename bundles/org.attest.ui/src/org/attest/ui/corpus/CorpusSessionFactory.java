package org.attest.ui.corpus;

import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

/**
 * Creates the workbench's single {@link CorpusSession}, registered through the org.eclipse.ui.services extension point.
 */
public final class CorpusSessionFactory extends AbstractServiceFactory {

    private CorpusSession session;

    /** Returns the session for {@code serviceInterface} CorpusSession, shared by every window of the workbench. */
    @Override
    public synchronized Object create(@SuppressWarnings("rawtypes") Class serviceInterface,
            IServiceLocator parentLocator, IServiceLocator locator) {
        if (!CorpusSession.class.equals(serviceInterface)) {
            return null;
        }
        Object parent = parentLocator.getService(CorpusSession.class);
        if (parent != null) {
            return parent;
        }
        if (session == null) {
            session = new CorpusSession();
        }
        return session;
    }
}
