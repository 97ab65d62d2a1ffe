package app.eggbasket.analytics.duckdb;

import app.eggbasket.analytics.engine.SalesEngine;
import app.eggbasket.analytics.engine.SalesEngineContract;
import app.eggbasket.ingestion.lake.Lake;

/** The in-memory DuckDB engine against the engine contract (it is also the contract's reference). */
class DuckDbEngineContractTests extends SalesEngineContract {

    @Override
    protected SalesEngine createEngine(Lake lake) {
        return new DuckDbEngine(lake);
    }
}
