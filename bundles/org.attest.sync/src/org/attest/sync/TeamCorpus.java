package org.attest.sync;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** A corpus folder that is also a Git repository: its remote, branch and the person working in this copy. */
public final class TeamCorpus implements AutoCloseable {

    /** The name of the remote a team corpus synchronises with. */
    public static final String REMOTE = "origin";

    /** The branch a new team corpus starts on. */
    public static final String MAIN = "main";

    private static final String SECTION = "attest";
    private static final String USER = "user";

    private final Path dir;
    private final Repository repository;
    private final Git git;

    private TeamCorpus(Path dir, Repository repository) {
        this.dir = dir;
        this.repository = repository;
        this.git = new Git(repository);
        // a crash must not lose a commit that sync reported: JGit flushes objects and refs to disk as it writes them;
        // set in memory only, because the git command line warns about the first of these settings
        repository.getConfig().setBoolean("core", null, "fsyncObjectFiles", true);
        repository.getConfig().setBoolean("core", null, "fsyncRefFiles", true);
        // a .git folder that came with a corpus may hold hooks: Attest runs no program of a corpus (in memory only)
        repository.getConfig().setString("core", null, "hooksPath", File.separatorChar == '/' ? "/dev/null" : "NUL");
    }

    /** Returns whether {@code dir} is the top folder of a Git repository (a {@code .git} folder in it). */
    public static boolean isShared(Path dir) {
        return Files.isDirectory(dir.resolve(Constants.DOT_GIT), LinkOption.NOFOLLOW_LINKS);
    }

    /** Opens the Git repository of the corpus in {@code dir}, which must be its top folder. */
    public static TeamCorpus open(Path dir) throws SyncException {
        Path corpus = dir.toAbsolutePath().normalize();
        if (!isShared(corpus)) {
            throw new SyncException(SyncException.Reason.NOT_SHARED, corpus,
                    corpus + " is not shared through Git (it has no .git folder)");
        }
        GitFolderGuard.check(corpus);
        try {
            Repository repository = new FileRepositoryBuilder().setGitDir(corpus.resolve(Constants.DOT_GIT).toFile())
                    .setWorkTree(corpus.toFile())
                    .setMustExist(true).build();
            return new TeamCorpus(corpus, repository);
        } catch (IOException e) {
            throw new SyncException(SyncException.Reason.IO, corpus,
                    "cannot open the Git repository of " + corpus + ": " + e.getMessage(), e);
        }
    }

    /** Wraps an already open repository whose work tree is {@code dir}. */
    static TeamCorpus of(Path dir, Repository repository) {
        return new TeamCorpus(dir.toAbsolutePath().normalize(), repository);
    }

    /** Returns the corpus folder. */
    public Path dir() {
        return dir;
    }

    /** Returns the JGit repository. */
    public Repository repository() {
        return repository;
    }

    /** Returns the JGit porcelain of the repository. */
    public Git git() {
        return git;
    }

    /** Returns the remote's URL, if the corpus has one. */
    public Optional<String> remoteUrl() {
        return Optional.ofNullable(repository.getConfig().getString("remote", REMOTE, "url"));
    }

    /** Returns the branch checked out, such as main. */
    public String branch() throws SyncException {
        try {
            String branch = repository.getBranch();
            return branch == null ? MAIN : branch;
        } catch (IOException e) {
            throw new SyncException(SyncException.Reason.IO, dir,
                    "cannot read the branch of " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the person working in this copy: the name given at clone or publish, else Git's user.name, else the login
     * name.
     */
    public String user() {
        String user = repository.getConfig().getString(SECTION, null, USER);
        if (user == null || user.isBlank()) {
            user = repository.getConfig().getString("user", null, "name");
        }
        return user == null || user.isBlank() ? System.getProperty("user.name", "unknown") : user;
    }

    /** Returns the identity Attest's commits carry: the user, with Git's user.email when set. */
    public PersonIdent ident() {
        String email = repository.getConfig().getString("user", null, "email");
        return new PersonIdent(user(), email == null || email.isBlank() ? user() + "@attest.invalid" : email);
    }

    /** Records {@code user} as the person working in this copy, and makes Git keep texts byte for byte. */
    public void configure(String user) throws SyncException {
        settings(config -> {
            if (user != null && !user.isBlank()) {
                config.setString(SECTION, null, USER, user);
            }
            config.setBoolean("core", null, "autocrlf", false);
        });
    }

    /**
     * Changes the repository's settings file with {@code edit}, and the settings in memory alike; the file is edited on
     * its
     * own so that the settings only Attest uses, which live in memory, never reach it.
     */
    void settings(java.util.function.Consumer<org.eclipse.jgit.lib.Config> edit) throws SyncException {
        try {
            StoredConfig saved = new org.eclipse.jgit.storage.file.FileBasedConfig(
                    repository.getDirectory().toPath().resolve("config").toFile(),
                    repository.getFS());
            saved.load();
            edit.accept(saved);
            saved.save();
            edit.accept(repository.getConfig());
        } catch (IOException | org.eclipse.jgit.errors.ConfigInvalidException e) {
            throw new SyncException(SyncException.Reason.IO, dir,
                    "cannot write the Git settings of " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Returns the Git folder. */
    File gitDir() {
        return repository.getDirectory();
    }

    /** Closes the repository. */
    @Override
    public void close() {
        git.close();
        repository.close();
    }
}
