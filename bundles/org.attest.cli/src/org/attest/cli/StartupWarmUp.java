package org.attest.cli;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;

import org.attest.model.persist.CorpusModelFormat;

/**
 * Does, on a second core while picocli reads the arguments, the slow first steps that every command opening a corpus
 * takes on a plain class path: opening every jar of the class path, which EMF's start does in its search for OSGi's
 * {@code FrameworkUtil}, absent here; initialising the model's EMF packages and XMI reading; Java's digest providers.
 * The command itself waits for it to end ({@link #await()}) before it runs, so no class is ever initialised by both
 * threads at once (EMF's package and factory classes initialise each other).
 */
final class StartupWarmUp {

    // what ends at once: a second thread would only compete with it for the cores
    private static final Set<String> QUICK = Set.of("--version", "-V", "--help", "-h", "help");

    private static volatile Thread running;

    private StartupWarmUp() {
    }

    /** Starts the warm-up on a daemon thread, unless {@code args} name a command that ends at once. */
    static void start(String... args) {
        if (args.length == 0 || QUICK.contains(args[0])) {
            return;
        }
        Thread thread = new Thread(StartupWarmUp::run, "Attest: start-up");
        thread.setDaemon(true);
        running = thread;
        thread.start();
    }

    /** Waits until the warm-up has ended, if one was started; called before a command runs. */
    static void await() {
        Thread thread = running;
        if (thread == null) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        running = null;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // each step is what the command would do itself a moment later; a failure here is the command's to report then
    private static void run() {
        ClassLoader loader = StartupWarmUp.class.getClassLoader();
        try {
            // first what the parsing will load from the jars (not being in the class-data archive), so that it does not
            // wait for the class loader while EMF's search of every jar below holds it
            Class.forName(AttestVersion.class.getName(), false, loader);
            Class.forName("picocli.CommandLine$NoVersionProvider", false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // the parsing loads them itself
        }
        try {
            MessageDigest.getInstance("SHA-256").digest(new byte[1]);
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            // the store says so when it hashes its first file
        }
        try {
            // EMF's start looks for OSGi's FrameworkUtil, not on a plain class path: a search of every jar
            CorpusModelFormat.prepare();
        } catch (RuntimeException | LinkageError e) {
            // the first read of the corpus model says so
        }
    }
}
