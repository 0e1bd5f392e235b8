package org.attest.sync;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import org.attest.store.fs.AtomicFiles;

/** What this copy remembers about its team work, in its private folder: when it last synchronised. */
final class TeamState {

    private static final String LAST_SYNC = "lastSync";

    private final Path file;

    TeamState(Path corpus) {
        this.file = corpus.resolve(".attest").resolve("team.properties");
    }

    /** Returns when the last synchronisation finished, if one did. */
    Optional<Instant> lastSync() {
        Properties p = read();
        String value = p.getProperty(LAST_SYNC);
        try {
            return value == null ? Optional.empty() : Optional.of(Instant.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Records that a synchronisation finished now. */
    void synced(Instant when) throws IOException {
        Properties p = read();
        p.setProperty(LAST_SYNC, when.toString());
        StringWriter out = new StringWriter();
        p.store(out, "Attest: this copy's team state");
        org.attest.store.fs.PathGuard.privateFile(file);
        AtomicFiles.createDirectories(file.getParent());
        AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Properties read() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(org.attest.store.fs.PathGuard.privateFile(file),
                StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            // never synchronised
        } catch (IOException | IllegalArgumentException e) {
            // a damaged state file only loses the time of the last sync; the next sync writes it anew
        }
        return p;
    }
}
