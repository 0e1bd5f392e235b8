package org.attest.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a job: the cluster's master under spark-submit, local mode otherwise. */
final class Sessions {

    private Sessions() {
    }

    /**
     * Returns the session of job {@code name}: spark-submit (or {@code -Dspark.master}) chooses the master; without one
     * the job runs in local mode on every core ({@code local[*]}).
     */
    static SparkSession open(String name) {
        SparkConf conf = new SparkConf().setAppName("attest " + name);
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (!conf.contains("spark.ui.enabled")) {
            // a job of minutes needs no web UI, and a busy port must not fail it
            conf.set("spark.ui.enabled", "false");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
