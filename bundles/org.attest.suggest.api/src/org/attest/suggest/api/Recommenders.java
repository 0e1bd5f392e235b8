package org.attest.suggest.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The recommenders installed: the extension point {@value #EXTENSION_POINT} when an extension registry runs (the
 * workbench, the {@code attest} command), otherwise {@link ServiceLoader}.
 */
public final class Recommenders {

    /** The extension point recommenders are contributed to, with a {@code <recommender class="..."/>} each. */
    public static final String EXTENSION_POINT = "org.attest.suggest.api.recommenders";

    private Recommenders() {
    }

    /** Returns every installed recommender, in name order. */
    public static List<Recommender> all() {
        TreeMap<String, Recommender> byName = new TreeMap<>();
        for (Recommender r : found()) {
            Recommender before = byName.putIfAbsent(r.name(), r);
            if (before != null && before.getClass() != r.getClass()) {
                throw new IllegalStateException("two recommenders are named '" + r.name() + "': "
                        + before.getClass().getName() + " and " + r.getClass().getName() + "; rename one");
            }
        }
        List<Recommender> result = new ArrayList<>(byName.values());
        result.sort(Comparator.comparing(Recommender::name));
        return result;
    }

    /**
     * Returns the recommender named {@code name}.
     *
     * @throws SuggestException naming the installed recommenders when none has that name
     */
    public static Recommender named(String name) throws SuggestException {
        List<Recommender> all = all();
        for (Recommender r : all) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        throw new SuggestException("no recommender is named '" + name + "'; choose one of "
                + all.stream().map(Recommender::name).toList());
    }

    private static List<Recommender> found() {
        List<Recommender> contributed = registryPresent() ? ContributedRecommenders.found() : null;
        if (contributed != null) {
            return contributed;
        }
        // outside OSGi (a Spark job, a plain class path, a test): the ServiceLoader files
        List<Recommender> result = new ArrayList<>();
        ServiceLoader.load(Recommender.class, Recommenders.class.getClassLoader()).forEach(result::add);
        return result;
    }

    // Whether Equinox's extension registry is on the class path at all; no class of it is loaded before this says so,
    // since even a catch of its CoreException would need the class.
    private static boolean registryPresent() {
        try {
            Class.forName("org.eclipse.core.runtime.RegistryFactory", false, Recommenders.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
