package app.eggbasket.dashboard.cli;

import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.ingestion.lake.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/**
 * {@code eggbasket compact}: copies every seller's lines into one Parquet file sorted by seller, and sums them
 * per quarter beside it, which the market report reads instead of one file per seller (sellers whose file
 * changed since are still read from their own file, so the report is never stale). Run it after a bulk
 * ingest, or nightly.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Copies the lake into one Parquet file sorted by seller, with its sums per quarter,"
                + " for the market report.")
final class CompactCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (DuckDbEngine engine = new DuckDbEngine(new Lake(data.data))) {
            int sellers = engine.compact();
            System.out.printf("compacted %d seller file(s) into lake/compact/sales.parquet and quarterly.parquet"
                    + " in %.1f s%n", sellers, (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
