package app.eggbasket.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs a statement of Eggbasket's engine-neutral SQL on Spark. The SQL names its input relations by placeholders
 * ({@code {lines}}, {@code {factors}}…); the caller's binder receives the temp-view name of each DataFrame and
 * returns the bound statement — the same binder ({@code MetricSql}) the DuckDB engine uses with
 * {@code read_parquet(...)}, so one SQL file serves both engines. Each call registers its views under names
 * unique to it and drops them afterwards: concurrent queries on one session never see each other's views.
 */
public final class SparkSql {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final SparkSession spark;

    public SparkSql(SparkSession spark) {
        this.spark = spark;
    }

    public SparkSession spark() {
        return spark;
    }

    /**
     * @param relations the DataFrames the statement reads, by a short name used in their view's name
     * @param bind      builds the statement from the view name of each relation
     * @param mapper    one result row to a record; null rows are dropped
     */
    public <T> List<T> query(Map<String, Dataset<Row>> relations, Function<Map<String, String>, String> bind,
                             Function<Row, T> mapper) {
        Map<String, String> views = register(relations);
        try {
            List<Row> rows = spark.sql(bind.apply(views)).collectAsList();
            List<T> out = new ArrayList<>(rows.size());
            for (Row row : rows) {
                T value = mapper.apply(row);
                if (value != null) {
                    out.add(value);
                }
            }
            return out;
        } finally {
            views.values().forEach(view -> spark.catalog().dropTempView(view));
        }
    }

    /**
     * As {@link #query}, handing each result row to {@code consumer} as it streams from the executors
     * ({@code toLocalIterator}), without collecting them all in a list first.
     */
    public void forEach(Map<String, Dataset<Row>> relations, Function<Map<String, String>, String> bind,
                        java.util.function.Consumer<Row> consumer) {
        Map<String, String> views = register(relations);
        try {
            java.util.Iterator<Row> rows = spark.sql(bind.apply(views)).toLocalIterator();
            while (rows.hasNext()) {
                consumer.accept(rows.next());
            }
        } finally {
            views.values().forEach(view -> spark.catalog().dropTempView(view));
        }
    }

    private Map<String, String> register(Map<String, Dataset<Row>> relations) {
        long id = SEQUENCE.incrementAndGet();
        Map<String, String> views = new java.util.LinkedHashMap<>();
        relations.forEach((name, frame) -> {
            String view = "eggbasket_" + name.replaceAll("[^A-Za-z0-9_]", "_") + "_" + id;
            frame.createOrReplaceTempView(view);
            views.put(name, view);
        });
        return views;
    }

    /** A DATE column, whichever external type ({@code java.sql.Date} or {@code LocalDate}) the session uses. */
    public static LocalDate date(Row row, String column) {
        Object value = row.getAs(column);
        if (value == null) {
            return null;
        }
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    public static String string(Row row, String column) {
        return row.getAs(column);
    }

    public static BigDecimal decimal(Row row, String column) {
        return row.getAs(column);
    }

    public static long count(Row row, String column) {
        return ((Number) row.getAs(column)).longValue();
    }

    public static int integer(Row row, String column) {
        return ((Number) row.getAs(column)).intValue();
    }
}
