package org.attest.ui.sync;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * Credentials for remotes from Eclipse secure storage, asked for once and kept there encrypted (never in a plain file):
 * a user name and password or token per host and repository; SSH passphrases are asked each time and never kept.
 */
public final class SecureCredentials extends CredentialsProvider {

    /** Asks the user for what secure storage does not hold. */
    public interface Prompt {

        /** Returns a user name and password for {@code uri} (index 0 and 1), or nothing when the user cancels. */
        Optional<String[]> login(URIish uri, String user);

        /** Returns the answer to {@code question} (secret when {@code secret}), or nothing when the user cancels. */
        Optional<String> ask(URIish uri, String question, boolean secret);

        /** Returns whether the user agrees to {@code question}, such as accepting a new host key. */
        boolean confirm(URIish uri, String question);
    }

    private static final String ROOT = "org.attest.sync";
    private static final String USER = "user";
    private static final String PASSWORD = "password";

    private final ISecurePreferences storage;
    private final Prompt prompt;

    /**
     * Creates the provider over {@code storage} (the default secure storage in the workbench), asking through
     * {@code prompt}.
     */
    public SecureCredentials(ISecurePreferences storage, Prompt prompt) {
        this.storage = storage;
        this.prompt = prompt;
    }

    /** Returns the provider over the workbench's default secure storage, asking in dialogs. */
    public static SecureCredentials workbench() {
        return new SecureCredentials(SecurePreferencesFactory.getDefault(), new DialogPrompt());
    }

    @Override
    public boolean isInteractive() {
        return true;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        return org.attest.sync.Prompts.askable(items);
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        ISecurePreferences node = storage.node(ROOT).node(key(uri));
        String user = read(node, USER);
        String password = read(node, PASSWORD);
        boolean needsLogin = hasLogin(items) && (password == null || user == null && wantsUser(items));
        if (needsLogin) {
            Optional<String[]> login = prompt.login(uri, user == null ? uri.getUser() : user);
            if (login.isEmpty()) {
                return false;
            }
            user = login.get()[0];
            password = login.get()[1];
            write(node, user, password);
        }
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username u) {
                u.setValue(user);
            } else if (item instanceof CredentialItem.Password p) {
                p.setValue(password.toCharArray());
            } else if (item instanceof CredentialItem.YesNoType yesNo) {
                yesNo.setValue(prompt.confirm(uri, item.getPromptText()));
            } else if (item instanceof CredentialItem.InformationalMessage) {
                prompt.confirm(uri, item.getPromptText());
            } else if (item instanceof CredentialItem.CharArrayType chars) {
                Optional<String> answer = prompt.ask(uri, item.getPromptText(), true);
                if (answer.isEmpty()) {
                    return false;
                }
                chars.setValueNoCopy(answer.get().toCharArray());
            } else if (item instanceof CredentialItem.StringType string) {
                Optional<String> answer = prompt.ask(uri, item.getPromptText(), item.isValueSecure());
                if (answer.isEmpty()) {
                    return false;
                }
                string.setValue(answer.get());
            } else {
                throw new UnsupportedCredentialItem(uri, item.getClass().getName() + ": " + item.getPromptText());
            }
        }
        return true;
    }

    /** Forgets the stored login of {@code uri}, after the remote refused it, so the next attempt asks again. */
    @Override
    public void reset(URIish uri) {
        storage.node(ROOT).node(key(uri)).removeNode();
        flush();
    }

    private static boolean hasLogin(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Password || item instanceof CredentialItem.Username) {
                return true;
            }
        }
        return false;
    }

    private static boolean wantsUser(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username) {
                return true;
            }
        }
        return false;
    }

    private String read(ISecurePreferences node, String key) {
        try {
            return node.get(key, null);
        } catch (StorageException e) {
            ILog.of(SecureCredentials.class).warn("Secure storage could not be read; asking for the login again", e);
            return null;
        }
    }

    private void write(ISecurePreferences node, String user, String password) {
        try {
            node.put(USER, user, false);
            node.put(PASSWORD, password, true);
            flush();
        } catch (StorageException e) {
            ILog.of(SecureCredentials.class)
                    .warn("Secure storage refused the login; it is used this time and asked again next time", e);
        }
    }

    private void flush() {
        try {
            storage.flush();
        } catch (IOException e) {
            ILog.of(SecureCredentials.class).warn("Secure storage could not be saved", e);
        }
    }

    // One node per host and repository; the node name may not hold '/', so it is encoded.
    static String key(URIish uri) {
        String host = uri.getHost() == null ? "local" : uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        return URLEncoder.encode(uri.getScheme() + "://" + host + "/" + uri.getPath(), StandardCharsets.UTF_8);
    }
}
