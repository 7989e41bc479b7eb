package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SparkSmokeTest {
    @Test
    void aLocalSessionRuns() {
        SparkSession s = SparkSessions.local(2, "smoke");
        try {
            assertThat(s.range(1000).selectExpr("sum(id)").first().getLong(0)).isEqualTo(499500L);
        } finally {
            s.stop();
        }
    }
}
