package org.dyad.spark;

import org.apache.spark.sql.SparkSession;

/** Spark sessions as Dyad starts them: local mode bound to loopback, or whatever spark-submit configured. */
public final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * A local session with {@code threads} worker threads, bound to 127.0.0.1 so that it opens no
     * port beyond loopback, with Spark's UI off.
     */
    public static SparkSession local(int threads, String appName) {
        return SparkSession.builder()
                .appName(appName)
                .master("local[" + threads + "]")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", Integer.toString(Math.max(2, threads * 2)))
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.debug.maxToStringFields", "200")
                .getOrCreate();
    }
}
