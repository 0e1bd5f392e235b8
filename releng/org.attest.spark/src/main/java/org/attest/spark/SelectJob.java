package org.attest.spark;

/** {@code attest spark suggest SHARDS...}: the spark-submit class of the selection job. */
public final class SelectJob {

    static final String USAGE = "select SHARDS... --top K OUT";

    private SelectJob() {
    }

    /** Runs the job with command-line arguments. */
    public static void main(String[] args) throws Exception {
        throw new IllegalArgumentException("not yet");
    }
}
