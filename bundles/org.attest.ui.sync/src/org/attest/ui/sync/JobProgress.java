package org.attest.ui.sync;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;

/** Shows JGit's transfer steps in an Eclipse job's progress, and passes the user's Cancel back to JGit. */
final class JobProgress implements ProgressMonitor {

    private final IProgressMonitor monitor;
    private String task = "";
    private int total;
    private int done;

    JobProgress(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void start(int totalTasks) {
        // the job shows one step at a time; how many there will be adds nothing for the user
    }

    @Override
    public void beginTask(String title, int totalWork) {
        task = title;
        total = totalWork;
        done = 0;
        monitor.subTask(title);
    }

    @Override
    public void update(int completed) {
        done += completed;
        if (total > 0) {
            monitor.subTask(task + " " + Math.min(100, done * 100 / total) + "%");
        }
    }

    @Override
    public void endTask() {
        monitor.subTask(task + ", done");
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }

    @Override
    public void showDuration(boolean enabled) {
        // durations are for the command line
    }
}
