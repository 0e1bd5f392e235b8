package org.attest.suggest.llm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

import org.attest.store.fs.AtomicFiles;

/**
 * The user's consent to send a corpus's text to a language model: one yes per corpus folder (its real path) and
 * endpoint URL (exactly as {@code llm.url} writes it), kept in the user's own Attest folder outside every corpus, so
 * that a corpus that arrives by copy or clone, or a change of {@code llm.url} that arrives by sync, sends nothing
 * anywhere until the user says yes again.
 */
public final class LlmConsent {

    /** The consent file's name in the user's Attest folder. */
    public static final String FILE = "llm-consent.properties";

    private final Path file;

    /** Creates the consent kept in {@code file}, which need not exist yet. */
    public LlmConsent(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /**
     * Returns the user's consent: {@value #FILE} in the folder of the system property {@code attest.home} (set by the
     * {@code attest} launcher), otherwise in {@code .attest} of the user's home folder.
     */
    public static LlmConsent ofUser() {
        String home = System.getProperty("attest.home");
        Path dir = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".attest") : Path.of(home);
        return new LlmConsent(dir.resolve(FILE));
    }

    /** Returns the file the consent is kept in. */
    public Path file() {
        return file;
    }

    /**
     * Returns whether the user agreed to send the text of the corpus in {@code corpusDir} to {@code url}.
     *
     * @throws IOException when the consent file cannot be read
     */
    public synchronized boolean granted(Path corpusDir, String url) throws IOException {
        return entries().containsKey(key(corpusDir, url));
    }

    /**
     * Records that the user agrees to send the text of the corpus in {@code corpusDir} to {@code url}, atomically and
     * durably; a yes for another URL of the same corpus stays as it is.
     *
     * @throws IOException when the consent file cannot be written; the consent is then as it was
     */
    public synchronized void grant(Path corpusDir, String url) throws IOException {
        Map<String, String> entries = entries();
        entries.put(key(corpusDir, url), Instant.now().toString());
        save(entries);
    }

    /**
     * Withdraws the consent to send the text of the corpus in {@code corpusDir} to {@code url}, atomically and
     * durably.
     *
     * @return whether there was such a consent
     * @throws IOException when the consent file cannot be written; the consent is then as it was
     */
    public synchronized boolean revoke(Path corpusDir, String url) throws IOException {
        Map<String, String> entries = entries();
        boolean had = entries.remove(key(corpusDir, url)) != null;
        if (had) {
            save(entries);
        }
        return had;
    }

    // The URL first: a checked URL holds no space, so the first space ends it whatever the folder's name holds.
    private static String key(Path corpusDir, String url) throws IOException {
        if (url.isEmpty() || url.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("an endpoint URL holds no spaces: '" + url + "'");
        }
        return url + " " + corpusDir.toRealPath();
    }

    private Map<String, String> entries() throws IOException {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is malformed (" + e.getMessage()
                    + "); delete it and turn the language model on again for each corpus", e);
        }
        Map<String, String> entries = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> entries.put(k, properties.getProperty(k)));
        return entries;
    }

    private void save(Map<String, String> entries) throws IOException {
        Properties properties = new Properties();
        properties.putAll(entries);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        properties.store(bytes, "Attest: the corpus folders whose text the user agreed to send to a language model,"
                + " as 'URL folder = when'");
        AtomicFiles.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, bytes.toByteArray());
    }
}
