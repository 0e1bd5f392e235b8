package org.attest.ui.suggest;

import java.util.List;

import org.attest.suggest.api.Recommender;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The user's choices for suggestions in the editor, kept in the workbench's preferences (never in a corpus): which
 * recommenders run (those that keep the text on this machine unless turned off; one that sends it out only when turned
 * on) and the score from which Ctrl+Shift+Enter accepts.
 */
public final class SuggestPreferences {

    /** The preference node. */
    public static final String NODE = "org.attest.ui.suggest";
    /** The key saying whether the editor shows suggestions at all. */
    public static final String SHOW = "show";
    /** The key of the accept-all threshold, in percent. */
    public static final String THRESHOLD = "threshold";
    /** The prefix of the key saying whether a recommender runs, followed by its name. */
    public static final String RECOMMENDER = "recommender.";
    /** The threshold when none is chosen, in percent. */
    public static final int DEFAULT_THRESHOLD = 80;

    private SuggestPreferences() {
    }

    /** Returns whether the editor shows suggestions at all (it does unless turned off). */
    public static boolean shown() {
        return node().getBoolean(SHOW, true);
    }

    /** Chooses whether the editor shows suggestions at all. */
    public static void setShown(boolean shown) {
        node().putBoolean(SHOW, shown);
        flush();
    }

    /** Returns whether {@code r} runs in the editor: as chosen, else unless it sends the text out of this machine. */
    public static boolean enabled(Recommender r) {
        return node().getBoolean(RECOMMENDER + r.name(), !r.sendsTextOut());
    }

    /** Chooses whether {@code r} runs in the editor. */
    public static void setEnabled(Recommender r, boolean enabled) {
        node().putBoolean(RECOMMENDER + r.name(), enabled);
        flush();
    }

    /** Returns the recommenders of {@code all} that run in the editor: none while suggestions are turned off. */
    public static List<Recommender> enabled(List<Recommender> all) {
        return shown() ? all.stream().filter(SuggestPreferences::enabled).toList() : List.of();
    }

    /** Returns the score from which accept-all accepts, in percent. */
    public static int threshold() {
        return Math.max(0, Math.min(100, node().getInt(THRESHOLD, DEFAULT_THRESHOLD)));
    }

    /** Chooses the score from which accept-all accepts, in percent. */
    public static void setThreshold(int percent) {
        node().putInt(THRESHOLD, Math.max(0, Math.min(100, percent)));
        flush();
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    private static void flush() {
        try {
            node().flush();
        } catch (BackingStoreException e) {
            org.eclipse.core.runtime.ILog.of(SuggestPreferences.class)
                    .warn("The suggestion preferences could not be saved; they last until the workbench closes: "
                            + e.getMessage(), e);
        }
    }
}
