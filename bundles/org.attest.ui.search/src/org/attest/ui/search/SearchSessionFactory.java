package org.attest.ui.search;

import org.attest.ui.corpus.CorpusSession;
import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

/** Creates the workbench's single {@link SearchSession}, registered through the org.eclipse.ui.services extension. */
public final class SearchSessionFactory extends AbstractServiceFactory {

    private SearchSession session;

    /** Returns the search session for {@code serviceInterface} SearchSession, shared by every window. */
    @Override
    public synchronized Object create(@SuppressWarnings("rawtypes") Class serviceInterface,
            IServiceLocator parentLocator, IServiceLocator locator) {
        if (!SearchSession.class.equals(serviceInterface)) {
            return null;
        }
        if (session == null) {
            // one search per workbench, as there is one corpus session: every window and part gets this one
            session = new SearchSession(locator.getService(CorpusSession.class));
        }
        return session;
    }
}
