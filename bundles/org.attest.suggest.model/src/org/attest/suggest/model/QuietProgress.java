package org.attest.suggest.model;

import opennlp.tools.monitoring.StopCriteria;
import opennlp.tools.monitoring.TrainingMeasure;
import opennlp.tools.monitoring.TrainingProgressMonitor;

/**
 * Follows OpenNLP's training without logging a line per iteration (a cross-validation would print thousands): how many
 * iterations ran and why training stopped are kept for {@code training.json} instead.
 */
final class QuietProgress implements TrainingProgressMonitor {

    private int iterations;
    private String stop;
    private boolean finished;

    @Override
    public synchronized void finishedIteration(int iteration, int correct, int total, TrainingMeasure measure,
            double value) {
        iterations = iteration;
    }

    @Override
    public synchronized void finishedTraining(int iterations, StopCriteria<?> criteria) {
        this.iterations = iterations;
        this.stop = criteria == null ? null : criteria.getMessageIfSatisfied();
        finished = true;
    }

    @Override
    public synchronized boolean isTrainingFinished() {
        return finished;
    }

    @Override
    public void display(boolean finished) {
        // kept as data, see iterations() and stop()
    }

    /** Returns how many iterations ran. */
    synchronized int iterations() {
        return iterations;
    }

    /** Returns why training stopped before its last iteration, or null when it ran them all. */
    synchronized String stop() {
        return stop;
    }
}
