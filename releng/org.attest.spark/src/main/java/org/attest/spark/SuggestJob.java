package org.attest.spark;

/** {@code attest spark suggest SHARDS...}: the spark-submit class of the suggestion job. */
public final class SuggestJob {

    static final String USAGE = "suggest SHARDS... --annotator NAME [--recommender NAME,...]";

    private SuggestJob() {
    }

    /** Runs the job with command-line arguments. */
    public static void main(String[] args) throws Exception {
        throw new IllegalArgumentException("not yet");
    }
}
