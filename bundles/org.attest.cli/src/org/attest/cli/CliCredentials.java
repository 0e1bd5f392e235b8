package org.attest.cli;

import java.io.Console;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Credentials for remotes on the command line, never from a file: ATTEST_GIT_USERNAME and ATTEST_GIT_PASSWORD (a
 * token) from the environment, else asked on the terminal; SSH remotes use the keys and agent of ~/.ssh.
 */
final class CliCredentials extends CredentialsProvider {

    private final Console console;

    private CliCredentials(Console console) {
        this.console = console;
    }

    /**
     * Returns the credentials of this run: from the environment, from the terminal, or none (null) when neither exists.
     */
    static CredentialsProvider create(CommandSpec spec) {
        String user = System.getenv("ATTEST_GIT_USERNAME");
        String password = System.getenv("ATTEST_GIT_PASSWORD");
        if (user != null && password != null) {
            return new UsernamePasswordCredentialsProvider(user, password);
        }
        Console console = System.console();
        return console == null ? null : new CliCredentials(console);
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
        for (CredentialItem item : items) {
            String prompt = item.getPromptText() + " for " + uri.setPass(null) + ": ";
            if (item instanceof CredentialItem.InformationalMessage) {
                console.printf("%s%n", item.getPromptText());
            } else if (item instanceof CredentialItem.YesNoType yesNo) {
                String answer = console.readLine("%s [y/N] ", item.getPromptText());
                yesNo.setValue(answer != null && answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y"));
            } else if (item instanceof CredentialItem.CharArrayType chars) {
                char[] value = console.readPassword("%s", prompt);
                if (value == null) {
                    return false;
                }
                chars.setValueNoCopy(value);
            } else if (item instanceof CredentialItem.StringType string) {
                String value = item.isValueSecure()
                        ? new String(console.readPassword("%s", prompt))
                        : console.readLine("%s", prompt);
                if (value == null) {
                    return false;
                }
                string.setValue(value);
            } else {
                throw new UnsupportedCredentialItem(uri, item.getClass().getName() + ": " + item.getPromptText());
            }
        }
        return true;
    }
}
