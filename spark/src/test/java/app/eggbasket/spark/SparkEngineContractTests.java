package app.eggbasket.spark;

import app.eggbasket.analytics.engine.SalesEngine;
import app.eggbasket.analytics.engine.SalesEngineContract;
import app.eggbasket.ingestion.lake.Lake;

/** The Spark engine, local[2], against the engine contract: the DuckDB engine's answers to the cent. */
class SparkEngineContractTests extends SalesEngineContract {

    @Override
    protected SalesEngine createEngine(Lake lake) {
        return new SparkEngine(TestSpark.session(), lake);
    }
}
