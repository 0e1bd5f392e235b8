package org.attest.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.spec.PBEKeySpec;

import org.attest.ui.sync.SecureCredentials;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Team credentials: a login is asked for once and kept encrypted in Eclipse's secure storage. */
class SecureCredentialsTest {

    @TempDir
    Path tmp;

    @Test
    void aLoginIsAskedOnceAndKeptEncryptedInSecureStorage() throws Exception {
        Path file = tmp.resolve("secure_storage");
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        ISecurePreferences storage = SecurePreferencesFactory.open(file.toUri().toURL(), options);
        AtomicInteger asked = new AtomicInteger();
        SecureCredentials sut = new SecureCredentials(storage, new SecureCredentials.Prompt() {

            @Override
            public Optional<String[]> login(URIish uri, String user) {
                asked.incrementAndGet();
                return Optional.of(new String[]{"anna", "token-s3cr3t"});
            }

            @Override
            public Optional<String> ask(URIish uri, String question, boolean secret) {
                return Optional.empty();
            }

            @Override
            public boolean confirm(URIish uri, String question) {
                return false;
            }
        });
        URIish remote = new URIish("https://git.example.org/team/flood.git");

        for (int i = 0; i < 2; i++) {
            CredentialItem.Username user = new CredentialItem.Username();
            CredentialItem.Password password = new CredentialItem.Password();
            assertThat(sut.get(remote, user, password)).isTrue();
            assertThat(user.getValue()).isEqualTo("anna");
            assertThat(new String(password.getValue())).isEqualTo("token-s3cr3t");
        }

        assertThat(asked).hasValue(1);
        assertThat(Files.readString(file)).doesNotContain("token-s3cr3t");
        sut.reset(remote);
        assertThat(sut.get(remote, new CredentialItem.Username(), new CredentialItem.Password())).isTrue();
        assertThat(asked).hasValue(2);
    }
}
