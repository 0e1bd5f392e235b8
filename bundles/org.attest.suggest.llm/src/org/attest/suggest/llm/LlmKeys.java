package org.attest.suggest.llm;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.attest.suggest.api.SuggestException;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The API key of a language model endpoint: the environment variable {@value #VARIABLE} when set, otherwise the key
 * kept encrypted in Eclipse secure storage for that endpoint URL; never a plain file, and never the corpus.
 */
public final class LlmKeys {

    /** The environment variable that holds the key for whatever endpoint the corpus settings name. */
    public static final String VARIABLE = "ATTEST_LLM_KEY";

    private static final String ROOT = "org.attest.suggest.llm";
    private static final String KEY = "key";

    private final Function<String, String> environment;
    private final Supplier<ISecurePreferences> storage;

    /**
     * Creates the keys read from {@code environment} (a variable's value by its name, null when unset) and
     * {@code storage} (may supply null when there is no secure storage).
     */
    public LlmKeys(Function<String, String> environment, Supplier<ISecurePreferences> storage) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /** Returns the keys of this process's environment and the user's default secure storage. */
    public static LlmKeys ofUser() {
        return new LlmKeys(System::getenv, LlmKeys::defaultStorage);
    }

    /**
     * Returns the key to send to {@code url}, or nothing when neither the environment nor secure storage holds one.
     *
     * @throws SuggestException when secure storage holds a key for it that cannot be decrypted
     */
    public Optional<String> key(String url) throws SuggestException {
        String variable = environment.apply(VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Optional.of(variable.strip());
        }
        ISecurePreferences root = storage.get();
        if (root == null || !root.nodeExists(path(url))) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(root.node(path(url)).get(KEY, null)).filter(k -> !k.isBlank());
        } catch (StorageException e) {
            throw new SuggestException("llm: the key for " + url + " in Eclipse secure storage cannot be decrypted ("
                    + e.getMessage() + "); store it again or set " + VARIABLE, e);
        }
    }

    /**
     * Keeps {@code key} for {@code url} encrypted in secure storage.
     *
     * @throws SuggestException when there is no secure storage or it refuses the key
     */
    public void remember(String url, String key) throws SuggestException {
        ISecurePreferences root = storage.get();
        if (root == null) {
            throw new SuggestException("llm: there is no Eclipse secure storage to keep the key for " + url
                    + " in; set " + VARIABLE + " instead");
        }
        try {
            root.node(path(url)).put(KEY, key, true);
            root.flush();
        } catch (StorageException | IOException e) {
            throw new SuggestException("llm: Eclipse secure storage refused the key for " + url + " ("
                    + e.getMessage() + "); set " + VARIABLE + " instead", e);
        }
    }

    /**
     * Removes the key kept for {@code url} from secure storage.
     *
     * @return whether one was kept
     * @throws SuggestException when secure storage cannot be saved
     */
    public boolean forget(String url) throws SuggestException {
        ISecurePreferences root = storage.get();
        if (root == null || !root.nodeExists(path(url))) {
            return false;
        }
        root.node(path(url)).removeNode();
        try {
            root.flush();
        } catch (IOException e) {
            throw new SuggestException("llm: Eclipse secure storage could not be saved after removing the key for "
                    + url + " (" + e.getMessage() + ")", e);
        }
        return true;
    }

    // One node per endpoint; a node's name may not hold '/', so the URL is encoded.
    private static String path(String url) {
        return ROOT + "/" + URLEncoder.encode(url, StandardCharsets.UTF_8);
    }

    private static ISecurePreferences defaultStorage() {
        try {
            return SecurePreferencesFactory.getDefault();
        } catch (RuntimeException | LinkageError e) {
            // outside OSGi, or no storage could be opened: there is no stored key, and the environment still counts
            return null;
        }
    }
}
