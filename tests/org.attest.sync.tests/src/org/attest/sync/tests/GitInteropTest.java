package org.attest.sync.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.model.DocumentState;
import org.attest.store.CorpusStore;
import org.attest.sync.CloneService;
import org.attest.sync.HistoryService;
import org.attest.sync.PublishService;
import org.attest.sync.SyncResult;
import org.attest.sync.SyncService;
import org.attest.validate.CorpusValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Attest writes is plain Git: the git command line reads it, and Attest takes in what the command line wrote, over
 * files and git://.
 */
class GitInteropTest {

    @TempDir
    Path tmp;

    @Test
    void theGitCommandLineClonesReadsAndChecksWhatAttestPublished() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        Team.annotate(anna, Personality.careful("anna"), DocumentState.FINISHED, "harbour-flood-a");
        Team.sync(anna);

        Path plain = tmp.resolve("plain");
        Team.git(tmp, "-c", "core.autocrlf=true", "clone", "-q", team.url(), plain.toString());

        assertThat(Team.git(plain, "log", "--format=%an|%s"))
                .contains("anna|anna: finished harbour-flood-a, 1 document edited")
                .contains("lead|lead: created the corpus, imported harbour-flood-a, harbour-flood-b, harbour-flood-c");
        Team.git(team.bare, "fsck", "--full", "--strict");
        Team.git(plain, "fsck", "--full", "--strict");
        assertThat(Team.git(plain, "status", "--porcelain")).isEmpty();
        // .gitattributes keeps Git from changing line endings even where the user asked for it: offsets refer to the
        // bytes
        try (CorpusStore store = CorpusStore.open(plain, CorpusStore.Mode.READ, "test")) {
            assertThat(new CorpusValidator(store).validate(m -> {
            })).isEmpty();
        }
        assertThat(Files.readAllBytes(plain.resolve("documents/harbour-flood-a/annotations/anna.bcas")))
                .isEqualTo(Files.readAllBytes(anna.resolve("documents/harbour-flood-a/annotations/anna.bcas")));
    }

    @Test
    void aCloneLeavesNoLockBehindAndNoSettingOfItsOwnForGit() throws Exception {
        Team team = new Team(tmp).published();

        Path anna = team.cloneAs("anna");

        // JGit's background gc check after a fetch, when it ran during a clone, left .git/gc.log.lock in the copy
        Thread.sleep(1000);
        try (java.util.stream.Stream<Path> files = Files.walk(anna.resolve(".git"))) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".lock"))).isEmpty();
        }
        assertThat(Team.git(anna, "config", "--list", "--local")).doesNotContain("autogc");
        Team.git(anna, "gc", "--auto");
        Team.git(anna, "fsck", "--full", "--strict");
    }

    @Test
    void attestTakesInCommitsMadeWithTheGitCommandLine() throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        Path plain = tmp.resolve("plain");
        Team.git(tmp, "clone", "-q", team.url(), plain.toString());
        Files.writeString(plain.resolve("GUIDELINES.md"), "# Guidelines\nMark every figure with its qualifier.\n");
        Team.git(plain, "add", "GUIDELINES.md");
        Team.git(plain, "commit", "-q", "-m", "Guidelines for the annotators");
        Team.git(plain, "push", "-q", "origin", "main");
        Team.annotate(anna, Personality.careful("anna"), DocumentState.FINISHED, "harbour-flood-b");

        SyncResult result = Team.sync(anna);

        assertThat(result.received()).containsExactly("Guidelines for the annotators");
        assertThat(anna.resolve("GUIDELINES.md")).hasContent("# Guidelines\nMark every figure with its qualifier.");
        assertThat(new HistoryService().history(anna, null, 0)).extracting(HistoryService.Entry::what)
                .contains("Guidelines for the annotators", "anna: finished harbour-flood-b, 1 document edited");
        Team.git(plain, "pull", "-q", "--ff-only");
        assertThat(Team.git(plain, "log", "-1", "--format=%s"))
                .startsWith("anna: synchronised with 1 published commit(s)");
        Team.git(plain, "fsck", "--full", "--strict");
    }

    @Test
    void aTeamSynchronisesThroughAGitDaemonOnTheLoopback() throws Exception {
        int port = freePort();
        Path base = tmp.resolve("served");
        Team.git(tmp, "init", "-q", "--bare", "--initial-branch=main", base.resolve("flood.git").toString());
        Process daemon = daemon(base, port);
        try {
            String url = "git://127.0.0.1:" + port + "/flood.git";
            Team team = new Team(tmp);
            team.publishedTo(url);
            Path anna = tmp.resolve("anna");
            Path ben = tmp.resolve("ben");
            new CloneService().clone(url, anna, "anna", null, null);
            new CloneService().clone(url, ben, "ben", null, null);
            Team.annotate(anna, Personality.careful("anna"), DocumentState.FINISHED);
            Team.annotate(ben, new Personality("ben", 7, 0.15, 0.3, 0.15), DocumentState.FINISHED);

            Team.sync(anna);
            SyncResult bens = Team.sync(ben);
            Team.sync(anna);

            assertThat(bens.received()).singleElement().asString().startsWith("anna: finished");
            assertThat(bens.published()).isEqualTo(2);
            assertThat(Team.git(anna, "rev-parse", "HEAD")).isEqualTo(Team.git(ben, "rev-parse", "HEAD"))
                    .doesNotContain("warning");
            Path plain = tmp.resolve("plain");
            Team.git(tmp, "clone", "-q", url, plain.toString());
            assertThat(Team.git(plain, "rev-parse", "HEAD")).isEqualTo(Team.git(anna, "rev-parse", "HEAD"));
            assertThat(plain.resolve("documents/harbour-flood-c/annotations/ben.bcas")).exists();
            assertThat(plain.resolve("documents/harbour-flood-c/annotations/anna.bcas")).exists();
        } finally {
            daemon.destroy();
            daemon.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPushThatLosesARaceToAnotherPushIsMergedAndTriedAgain() throws Exception {
        int port = freePort();
        Path base = tmp.resolve("served");
        Path bare = base.resolve("flood.git");
        Team team = new Team(tmp);
        Team.git(tmp, "init", "-q", "--bare", "--initial-branch=main", bare.toString());
        Process daemon = daemon(base, port);
        try {
            String url = "git://127.0.0.1:" + port + "/flood.git";
            team.publishedTo(url);
            Path anna = tmp.resolve("anna");
            Path ben = tmp.resolve("ben");
            new CloneService().clone(url, anna, "anna", null, null);
            new CloneService().clone(url, ben, "ben", null, null);
            Team.annotate(ben, new Personality("ben", 7, 0.15, 0.3, 0.15), DocumentState.FINISHED, "harbour-flood-c");
            Team.sync(ben);
            String bens = Team.git(ben, "rev-parse", "HEAD").strip();
            // while anna's first push is received, ben's commit lands on main: the server refuses her update as stale
            Team.git(bare, "update-ref", "refs/heads/main", Team.git(bare, "rev-parse", "main~1").strip());
            Path hook = bare.resolve("hooks/pre-receive");
            Files.writeString(hook,
                    "#!/bin/sh\n[ -e race.done ] && exit 0\ntouch race.done\nenv -u GIT_QUARANTINE_PATH git update-ref refs/heads/main "
                            + bens + "\n");
            hook.toFile().setExecutable(true);
            Team.annotate(anna, Personality.careful("anna"), DocumentState.FINISHED, "harbour-flood-a");

            SyncResult result = Team.sync(anna);

            assertThat(result.attempts()).isEqualTo(2);
            assertThat(result.received()).singleElement().asString().startsWith("ben: finished harbour-flood-c");
            Path plain = tmp.resolve("plain");
            Team.git(tmp, "clone", "-q", url, plain.toString());
            assertThat(plain.resolve("documents/harbour-flood-c/annotations/ben.bcas")).exists();
            assertThat(plain.resolve("documents/harbour-flood-a/annotations/anna.bcas")).exists();
            Team.git(bare, "fsck", "--full", "--strict");
        } finally {
            daemon.destroy();
            daemon.waitFor(10, TimeUnit.SECONDS);
        }
    }

    // git daemon serving the repositories under base on the loopback, with pushes allowed; returns once it listens
    private Process daemon(Path base, int port) throws Exception {
        Process daemon = new ProcessBuilder("git", "daemon", "--export-all", "--enable=receive-pack", "--reuseaddr",
                "--listen=127.0.0.1",
                "--port=" + port, "--base-path=" + base, base.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("daemon.log").toFile())
                .start();
        awaitPort(port, daemon);
        return daemon;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port, Process daemon) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (!daemon.isAlive()) {
                throw new AssertionError("git daemon stopped at once (exit " + daemon.exitValue() + ")");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("git daemon did not listen on 127.0.0.1:" + port);
    }
}
