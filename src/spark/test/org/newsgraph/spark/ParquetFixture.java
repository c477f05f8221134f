package org.newsgraph.spark;

import org.apache.spark.sql.SparkSession;

/** Writes a JSON Lines file as a Parquet table, for the test that reads Parquet: {@code ParquetFixture IN OUT}. */
public final class ParquetFixture {
    private ParquetFixture() {
    }

    public static void main(String[] args) {
        try (SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false")
                .config("spark.log.level", "WARN").getOrCreate()) {
            spark.read().json(args[0]).write().parquet(args[1]);
        }
    }
}
