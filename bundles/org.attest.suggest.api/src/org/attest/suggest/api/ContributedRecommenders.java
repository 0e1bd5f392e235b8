package org.attest.suggest.api;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

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

    /** Returns the recommenders of the running registry, or those of {@link ServiceLoader} when none runs. */
    static List<Recommender> found() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<Recommender> result = new ArrayList<>();
        if (registry == null) {
            ServiceLoader.load(Recommender.class, Recommenders.class.getClassLoader()).forEach(result::add);
            return result;
        }
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
