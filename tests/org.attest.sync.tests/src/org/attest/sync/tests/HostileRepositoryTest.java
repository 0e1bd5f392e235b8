package org.attest.sync.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.sync.CloneService;
import org.attest.sync.SyncException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team repository into which someone pushed symbolic links with the git command line: Attest takes none of them in.
 */
class HostileRepositoryTest {

    @TempDir
    Path tmp;

    // Someone replaces a document's annotations folder by a link to a folder outside and pushes it with plain git.
    private static Path pushLink(Team team) throws Exception {
        Path mallory = team.root.resolve("mallory");
        Team.git(team.root, "clone", "-q", team.url(), mallory.toString());
        Path annotations = mallory.resolve("documents/harbour-flood-a/annotations");
        Files.createDirectories(annotations.getParent());
        Files.createSymbolicLink(annotations, team.root.resolve("outside"));
        Team.git(mallory, "add", "-A");
        Team.git(mallory, "commit", "-q", "-m", "link");
        Team.git(mallory, "push", "-q", "origin", "HEAD:main");
        return mallory;
    }

    @Test
    void aCloneOfARepositoryHoldingALinkIsRefusedAndLeavesNothing() throws Exception {
        Team team = new Team(tmp).published();
        Files.createDirectories(tmp.resolve("outside"));
        pushLink(team);
        Path home = tmp.resolve("home");
        Files.createDirectories(home);

        SyncException refused = catchThrowableOfType(SyncException.class,
                () -> new CloneService().clone(team.url(), home.resolve("anna"), "anna", null, null));

        assertThat(refused.getMessage()).contains(team.url()).contains("documents/harbour-flood-a/annotations")
                .contains("symbolic link")
                .contains("Nothing was cloned");
        try (var entries = Files.list(home)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void aCloneOfARepositoryWhoseTreeNamesAGitFolderIsRefusedAndWritesNothing() throws Exception {
        Team team = new Team(tmp).published();
        // a tree no git command line makes: a ".git" folder whose config would run a program at the next command
        try (Repository bare = new FileRepositoryBuilder().setGitDir(team.bare.toFile()).build();
                ObjectInserter inserter = bare.newObjectInserter()) {
            ObjectId head = bare.resolve("refs/heads/main");
            TreeFormatter git = new TreeFormatter();
            git.append("config", FileMode.REGULAR_FILE,
                    inserter.insert(Constants.OBJ_BLOB, "[core]\n\tfsmonitor = touch pwned\n".getBytes()));
            TreeFormatter root = new TreeFormatter();
            root.append(".git", FileMode.TREE, inserter.insert(git));
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(inserter.insert(root));
            commit.setParentId(head);
            commit.setAuthor(new PersonIdent("mallory", "m@example.org"));
            commit.setCommitter(new PersonIdent("mallory", "m@example.org"));
            commit.setMessage("hostile\n");
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = bare.updateRef("refs/heads/main");
            update.setNewObjectId(id);
            update.forceUpdate();
        }
        Path home = tmp.resolve("home");
        Files.createDirectories(home);

        SyncException refused = catchThrowableOfType(SyncException.class,
                () -> new CloneService().clone(team.url(), home.resolve("anna"), "anna", null, null));

        assertThat(refused.getMessage()).contains(team.url()).contains("'.git/config'").contains("not safe");
        try (var entries = Files.list(home)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void aSyncThatWouldBringALinkIsRefusedBeforeAnythingChanges() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        Files.createDirectories(tmp.resolve("outside"));
        pushLink(team);
        String head = Team.git(anna, "rev-parse", "HEAD");

        SyncException refused = catchThrowableOfType(SyncException.class, () -> Team.sync(anna));

        assertThat(refused.getMessage()).contains("documents/harbour-flood-a/annotations").contains("symbolic link")
                .contains("nothing was changed");
        assertThat(Team.git(anna, "rev-parse", "HEAD")).isEqualTo(head);
        assertThat(Files.isSymbolicLink(anna.resolve("documents/harbour-flood-a/annotations"))).isFalse();
        assertThat(anna.resolve(".attest/sync.journal")).doesNotExist();
        assertThat(Team.git(anna, "status", "--porcelain")).isEmpty();
        try (var outside = Files.list(tmp.resolve("outside"))) {
            assertThat(outside).isEmpty();
        }
    }

    @Test
    void aHookThatCameWithTheCorpusIsNeverRun() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        Path hooked = tmp.resolve("hooked");
        for (String hook : java.util.List.of("pre-commit", "commit-msg", "post-commit", "pre-push")) {
            Path file = anna.resolve(".git/hooks/" + hook);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "#!/bin/sh\necho " + hook + " >> " + hooked + "\n");
            file.toFile().setExecutable(true);
        }
        Team.annotate(anna, org.attest.demo.ScriptedAnnotator.Personality.careful("anna"),
                org.attest.model.DocumentState.FINISHED);

        assertThat(Team.sync(anna).committed()).isNotNull();

        assertThat(hooked).doesNotExist();
        assertThat(Team.git(anna, "status", "--porcelain")).isEmpty();
    }

    @Test
    void aGitSettingThatReadsAFileOutsideIsRefusedNamingTheSetting() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        Files.writeString(tmp.resolve("elsewhere.cfg"), "[user]\n\tname = mallory\n");
        Files.writeString(anna.resolve(".git/config"),
                Files.readString(anna.resolve(".git/config")) + "[include]\n\tpath = "
                        + tmp.resolve("elsewhere.cfg") + "\n");

        SyncException refused = catchThrowableOfType(SyncException.class, () -> Team.sync(anna));

        assertThat(refused.getMessage())
                .startsWith(anna.resolve(".git/config").toAbsolutePath() + ": it sets include.path");
    }
}
