package org.attest.spark;

import java.util.Iterator;
import java.util.concurrent.Callable;

import org.apache.spark.SparkException;
import scala.Tuple2;

/** What the jobs share: the error a task raised, as the driver reports it. */
final class Jobs {

    private Jobs() {
    }

    /**
     * Runs a Spark action and, when a task failed, throws the task's own exception (its message names the file and the
     * problem) instead of Spark's wrapper.
     */
    static <T> T unwrap(Callable<T> action) throws Exception {
        try {
            return action.call();
        } catch (SparkException e) {
            Throwable cause = e;
            while (cause instanceof SparkException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof Exception original && !(cause instanceof SparkException)) {
                throw original;
            }
            throw new IllegalStateException(firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "a Spark task failed" : message.lines().findFirst().orElse(message);
    }

    /** The values of an iterator of pairs. */
    static final class Values<K, V> implements Iterator<V> {

        private final Iterator<Tuple2<K, V>> pairs;

        Values(Iterator<Tuple2<K, V>> pairs) {
            this.pairs = pairs;
        }

        @Override
        public boolean hasNext() {
            return pairs.hasNext();
        }

        @Override
        public V next() {
            return pairs.next()._2();
        }
    }
}
