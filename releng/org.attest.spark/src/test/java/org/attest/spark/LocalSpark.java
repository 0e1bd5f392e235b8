package org.attest.spark;

import org.apache.spark.sql.SparkSession;

/** The local-mode session the tests share: two worker threads, as in the ordinary build. */
final class LocalSpark {

    private LocalSpark() {
    }

    /** Returns the session, started on first use. */
    static synchronized SparkSession session() {
        return SparkSession.builder().master("local[2]").appName("attest spark tests")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }
}
