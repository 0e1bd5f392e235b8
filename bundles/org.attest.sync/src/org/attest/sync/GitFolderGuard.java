package org.attest.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.attest.store.fs.PathGuard;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;

/**
 * The checks a corpus's {@code .git} folder passes before JGit opens it: a folder that arrived with the corpus (a copy
 * on a shared drive, an archive) could otherwise make Git read files elsewhere, write through a link, or run a program.
 */
final class GitFolderGuard {

    // Settings that name a file or folder outside the repository, or a program to run.
    private static final List<String> REFUSED = List.of("include.path", "core.excludesfile", "core.attributesfile",
            "core.hookspath",
            "core.worktree", "core.sshcommand", "core.askpass", "core.fsmonitor", "credential.helper", "gpg.program",
            "gpg.openpgp.program", "gpg.x509.program", "gpg.ssh.program", "commit.gpgsign", "tag.gpgsign");

    // The parts of .git that Git writes into or reads from, which must be plain folders and files of it.
    private static final List<String> PARTS = List.of("config", "HEAD", "index", "objects", "refs", "logs", "info",
            "hooks", "packed-refs",
            "objects/pack", "objects/info", "commondir", "objects/info/alternates");

    private GitFolderGuard() {
    }

    /**
     * Refuses a {@code .git} folder of {@code corpus} with a link among its parts, or a setting that reaches outside.
     */
    static void check(Path corpus) throws SyncException {
        Path git = corpus.resolve(".git");
        try {
            for (String part : PARTS) {
                PathGuard.confined(corpus, git.resolve(part));
            }
            if (Files.exists(git.resolve("commondir"), LinkOption.NOFOLLOW_LINKS)
                    || Files.exists(git.resolve("objects/info/alternates"), LinkOption.NOFOLLOW_LINKS)) {
                throw refused(corpus,
                        git.resolve(Files.exists(git.resolve("commondir"), LinkOption.NOFOLLOW_LINKS)
                                ? "commondir"
                                : "objects/info/alternates"),
                        "it makes Git read the repository's objects from another folder");
            }
            Path configFile = git.resolve("config");
            if (!Files.exists(configFile, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            byte[] bytes = Files.readAllBytes(PathGuard.readable(corpus, configFile));
            // parsed as plain text: unlike the repository's own config, a Config read from text follows no include
            Config config = new Config();
            config.fromText(new String(bytes, StandardCharsets.UTF_8));
            for (String section : config.getSections()) {
                for (String subsection : config.getSubsections(section)) {
                    checkNames(corpus, configFile, config, section, subsection);
                }
                checkNames(corpus, configFile, config, section, null);
            }
        } catch (IOException e) {
            throw new SyncException(SyncException.Reason.IO, corpus, e.getMessage(), e);
        } catch (ConfigInvalidException e) {
            throw new SyncException(SyncException.Reason.IO, corpus,
                    git.resolve("config") + " is not a valid Git configuration ("
                            + e.getMessage() + "); restore it, or clone the corpus again",
                    e);
        }
    }

    private static void checkNames(Path corpus, Path file, Config config, String section, String subsection)
            throws SyncException {
        for (String name : config.getNames(section, subsection)) {
            String key = (section + "." + name).toLowerCase(java.util.Locale.ROOT);
            boolean includeIf = "includeif".equalsIgnoreCase(section) && "path".equalsIgnoreCase(name);
            if (REFUSED.contains(key) || includeIf) {
                throw refused(corpus, file,
                        "it sets " + section + (subsection == null ? "" : "." + subsection) + "." + name
                                + ", which makes Git read a file outside the corpus or run a program");
            }
        }
    }

    private static SyncException refused(Path corpus, Path file, String why) {
        return new SyncException(SyncException.Reason.IO, corpus,
                file + ": " + why + "; Attest does not open a repository that came"
                        + " with such a setting. Remove the setting from that file, or clone the corpus again");
    }
}
