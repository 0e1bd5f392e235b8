package org.attest.sync.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.attest.demo.ScriptedAnnotator.Personality;
import org.attest.model.DocumentState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sync packs the clone's objects again when Git's limits say so, and finishes that before it returns. */
class HousekeepingTest {

    @TempDir
    Path tmp;

    @Test
    void aSyncOverGitsPackLimitLeavesOnePackAndNoLock() throws Exception {
        Path anna = receiveTwice(false);

        assertThat(packs(anna)).isEqualTo(1);
        assertThat(locks(anna)).isEmpty();
        Team.git(anna, "fsck", "--full", "--strict");
    }

    @Test
    void fetchAutogcOffKeepsThePacksAsTheyCame() throws Exception {
        Path anna = receiveTwice(true);

        assertThat(packs(anna)).isGreaterThan(1);
        assertThat(locks(anna)).isEmpty();
    }

    // anna's clone allows one pack; ben publishes twice, anna receives each in a pack of its own
    private Path receiveTwice(boolean autogcOff) throws Exception {
        Team team = new Team(tmp).published();
        Path anna = team.cloneAs("anna");
        Path ben = team.cloneAs("ben");
        Team.git(anna, "config", "gc.autoPackLimit", "1");
        // JGit keeps the packs a collection replaced for an hour unless told otherwise; git deletes them at once
        Team.git(anna, "config", "gc.prunePackExpire", "now");
        if (autogcOff) {
            Team.git(anna, "config", "fetch.autogc", "false");
        }
        Team.annotate(ben, Personality.careful("ben"), DocumentState.FINISHED, "harbour-flood-a");
        Team.sync(ben);
        Team.sync(anna);
        Team.annotate(ben, Personality.careful("ben"), DocumentState.FINISHED, "harbour-flood-b");
        Team.sync(ben);
        Team.sync(anna);
        return anna;
    }

    private static int packs(Path clone) throws Exception {
        try (Stream<Path> files = Files.list(clone.resolve(".git/objects/pack"))) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".pack")).count();
        }
    }

    private static java.util.List<Path> locks(Path clone) throws Exception {
        try (Stream<Path> files = Files.walk(clone.resolve(".git"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".lock")).toList();
        }
    }
}
