package org.attest.store.fs.tests;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attest.store.fs.CorpusLock;
import org.attest.store.fs.CorpusLockedException;
import org.attest.store.fs.StaleLockException;

/**
 * Child process main: takes and releases a corpus lock many times while another contender does
 * the same, and counts every time it found the other inside the lock.
 */
public final class LockContender {

    private LockContender() {
    }

    /** Acquires {@code args[0]} {@code args[1]} times, then prints "acquired N overlaps N stale N". */
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path inside = corpus.resolve("inside");
        int acquired = 0;
        int overlaps = 0;
        int stale = 0;
        while (acquired < rounds) {
            try (CorpusLock lock = CorpusLock.acquire(corpus, "contender")) {
                acquired++;
                if (lock.previousHolder().isPresent()) {
                    // Taking over from a holder that closed normally would be a false report of a crash.
                    stale++;
                    System.err.println("took over from " + lock.previousHolder().get().describe());
                }
                try {
                    // Only a holder of the lock creates this file, so finding it means two holders.
                    Files.createFile(inside);
                    Files.delete(inside);
                } catch (FileAlreadyExistsException e) {
                    overlaps++;
                }
            } catch (StaleLockException e) {
                stale++;
                // A false stale report is a bug the parent test should show, with its message.
                System.err.println(e.getMessage());
                CorpusLock.clearStale(corpus);
            } catch (CorpusLockedException e) {
                Thread.onSpinWait();
            }
        }
        System.out.println("acquired " + acquired + " overlaps " + overlaps + " stale " + stale);
    }
}
