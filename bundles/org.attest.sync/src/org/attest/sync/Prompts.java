package org.attest.sync;

import org.eclipse.jgit.transport.CredentialItem;

/**
 * What an interactive credentials provider of Attest can ask a person: texts, secrets, yes or no, and messages to read.
 */
public final class Prompts {

    private Prompts() {
    }

    /** Returns whether every one of {@code items} is something a person can be asked for. */
    public static boolean askable(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.StringType || item instanceof CredentialItem.CharArrayType
                    || item instanceof CredentialItem.YesNoType
                    || item instanceof CredentialItem.InformationalMessage)) {
                return false;
            }
        }
        return true;
    }
}
