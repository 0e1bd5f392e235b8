package org.attest.suggest.api;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The recommenders contributed to {@value Recommenders#EXTENSION_POINT}: the only class that touches Equinox's
 * extension registry, loaded only when the registry is on the class path.
 */
final class ContributedRecommenders {

    private ContributedRecommenders() {
    }

    /** Returns the recommenders of the running registry, or null when no registry runs. */
    static List<Recommender> found() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return null;
        }
        List<Recommender> result = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(Recommenders.EXTENSION_POINT)) {
            try {
                result.add((Recommender) element.createExecutableExtension("class"));
            } catch (CoreException | ClassCastException e) {
                throw new IllegalStateException("the recommender " + element.getAttribute("class") + " of "
                        + element.getContributor().getName() + " cannot be created: " + e.getMessage(), e);
            }
        }
        return result;
    }
}
