package app.eggbasket.spark;

import app.eggbasket.analytics.currency.ConversionFactors;
import app.eggbasket.analytics.currency.UnconvertedLines;
import app.eggbasket.analytics.currency.EcbRates;
import app.eggbasket.analytics.currency.RatesStore;
import app.eggbasket.analytics.engine.ChannelTotals;
import app.eggbasket.analytics.engine.FeeBase;
import app.eggbasket.analytics.engine.MetricSql;
import app.eggbasket.analytics.engine.MonthlyChannelTotals;
import app.eggbasket.analytics.engine.Period;
import app.eggbasket.analytics.engine.ReportPassRow;
import app.eggbasket.analytics.engine.ReportTotals;
import app.eggbasket.analytics.engine.SalesEngine;
import app.eggbasket.analytics.market.CompactLake;
import app.eggbasket.analytics.market.MarketEngine;
import app.eggbasket.analytics.market.MarketSql;
import app.eggbasket.analytics.market.QuarterlySums;
import app.eggbasket.analytics.market.SellerQuarterRevenue;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.sale.ChannelKind;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static app.eggbasket.spark.SparkSql.count;
import static app.eggbasket.spark.SparkSql.date;
import static app.eggbasket.spark.SparkSql.decimal;
import static app.eggbasket.spark.SparkSql.integer;
import static app.eggbasket.spark.SparkSql.string;

/**
 * The metric SQL of {@link MetricSql}, unchanged, on Apache Spark: the seller's Parquet file of the lake is
 * registered as a temp view where the SQL says {@code {lines}}, the conversion factors of
 * {@link ConversionFactors} as a DataFrame where it says {@code {factors}}. Answers are the DuckDB engine's to
 * the cent (SalesEngineContract). For a job over a lake on shared storage, or a cooperative's batch; the
 * dashboard keeps DuckDB (DESIGN §9).
 */
public final class SparkEngine implements SalesEngine, MarketEngine {

    /** The factors' scale, the DuckDB engine's: DECIMAL(18,10), rounded half-even. */
    private static final int FACTOR_SCALE = 10;

    private static final StructType FACTORS = new StructType()
            .add("currency", DataTypes.StringType, false)
            .add("day", DataTypes.DateType, false)
            .add("factor", DataTypes.createDecimalType(18, FACTOR_SCALE), false);

    private final SparkLake lake;
    private final Optional<CompactLake> compact;
    private final SparkSql sql;
    private final Supplier<EcbRates> rates;
    private final boolean ownsSession;
    private final Map<String, Factors> factors = new HashMap<>();

    private record Factors(EcbRates rates, List<ConversionFactors.Factor> factors) {
    }

    /**
     * @param rates the rates to convert with (the shipped ECB history, plus imported files: {@link RatesStore})
     */
    public SparkEngine(SparkSession spark, SparkLake lake, Supplier<EcbRates> rates) {
        this(spark, lake, Optional.empty(), rates, false);
    }

    private SparkEngine(SparkSession spark, SparkLake lake, Optional<CompactLake> compact, Supplier<EcbRates> rates,
                        boolean ownsSession) {
        // rows come back with LocalDate for DATE columns, and factor rows are built with them
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        this.lake = lake;
        this.compact = compact;
        this.sql = new SparkSql(spark);
        this.rates = rates;
        this.ownsSession = ownsSession;
    }

    /**
     * An engine over a local data directory, with its imported rates, on the given session; the market report
     * reads the compact copy of the lake ({@link CompactLake}) for the sellers it is current for.
     */
    public SparkEngine(SparkSession spark, Lake lake) {
        this(spark, SparkLake.of(spark, lake), Optional.of(new CompactLake(lake)), new RatesStore(lake)::current, false);
    }

    /** An engine on its own {@link SparkSessions#local()} session, stopped by {@link #close()}. */
    public static SparkEngine local(Lake lake) {
        SparkSession spark = SparkSessions.local();
        return new SparkEngine(spark, SparkLake.of(spark, lake), Optional.of(new CompactLake(lake)),
                new RatesStore(lake)::current, true);
    }

    @Override
    public EcbRates rates() {
        return rates.get();
    }

    @Override
    public Optional<Period> dataRange(String sellerId) {
        return lake.seller(sellerId).flatMap(lines -> sql.query(Map.of("lines", lines),
                v -> MetricSql.bind(MetricSql.DATA_RANGE, v.get("lines")),
                row -> row.isNullAt(0) ? null
                        : new Period(date(row, "first_date"), SalesEngine.dayAfter(date(row, "last_date"))))
                .stream().findFirst());
    }

    @Override
    public List<String> currencies(String sellerId, Period period) {
        return lake.seller(sellerId).map(lines -> sql.query(Map.of("lines", lines),
                v -> MetricSql.bind(MetricSql.CURRENCIES, v.get("lines"), period),
                row -> string(row, "currency"))).orElse(List.of());
    }

    @Override
    public List<ChannelTotals> channelTotals(String sellerId, Period period, String currency) {
        return lake.seller(sellerId).map(lines -> sql.query(relations(lines, currency, period),
                v -> MetricSql.bind(MetricSql.CHANNEL_TOTALS, lines(v, currency), period),
                row -> new ChannelTotals(string(row, "channel"), ChannelKind.valueOf(string(row, "channel_kind")),
                        decimal(row, "revenue"), decimal(row, "fees"), count(row, "fee_lines"),
                        count(row, "line_count"), count(row, "orders")))).orElse(List.of());
    }

    @Override
    public List<MonthlyChannelTotals> monthly(String sellerId, Period period, String currency) {
        return lake.seller(sellerId).map(lines -> sql.query(relations(lines, currency, period),
                v -> MetricSql.bind(MetricSql.MONTHLY, lines(v, currency), period),
                row -> new MonthlyChannelTotals(YearMonth.of(integer(row, "y"), integer(row, "m")),
                        string(row, "channel"), ChannelKind.valueOf(string(row, "channel_kind")),
                        decimal(row, "revenue")))).orElse(List.of());
    }

    @Override
    public List<FeeBase> unstatedFeeBases(String sellerId, Period period, String currency) {
        return lake.seller(sellerId).map(lines -> sql.query(relations(lines, currency, period),
                v -> MetricSql.bind(MetricSql.UNSTATED_FEE_BASES, lines(v, currency), period),
                row -> new FeeBase(string(row, "channel"), date(row, "day"), string(row, "source_format"),
                        integer(row, "fees_stated") == 1, decimal(row, "revenue"), count(row, "orders"),
                        count(row, "units"), count(row, "line_count")))).orElse(List.of());
    }

    @Override
    public ReportTotals reportTotals(String sellerId, LocalDate from, LocalDate to) {
        return lake.seller(sellerId).map(lines -> ReportPassRow.totals(sql.query(Map.of("lines", lines),
                v -> MetricSql.reportPass(v.get("lines"), from, to),
                row -> new ReportPassRow(string(row, "part"), string(row, "channel"), string(row, "channel_kind"),
                        date(row, "day"), date(row, "last_date"), string(row, "currency"), string(row, "source_format"),
                        row.isNullAt(row.fieldIndex("fees_stated")) ? null : integer(row, "fees_stated"),
                        decimal(row, "revenue"), decimal(row, "fees"), countOrNull(row, "fee_lines"),
                        countOrNull(row, "line_count"), countOrNull(row, "orders"), countOrNull(row, "units")))))
                .orElse(ReportTotals.NONE);
    }

    private static Long countOrNull(Row row, String column) {
        return row.isNullAt(row.fieldIndex(column)) ? null : count(row, column);
    }

    @Override
    public List<UnconvertedLines> missingRates(String sellerId, Period period, String currency) {
        return lake.seller(sellerId).map(lines -> sql.query(relations(lines, currency, period),
                v -> MetricSql.bind(MetricSql.bindConversion(MetricSql.MISSING_RATES, v.get("lines"), v.get("factors"),
                        currency), v.get("lines"), period),
                row -> new UnconvertedLines(string(row, "currency"), date(row, "first_date"),
                        date(row, "last_date"), count(row, "line_count"), row.getDecimal(row.fieldIndex("amount"))))).orElse(List.of());
    }

    /**
     * The cooperative market report's rows (DESIGN §5) from the same SQL as on DuckDB
     * ({@link MarketSql#ROWS}), over the consenting sellers' files only.
     */
    @Override
    public List<SellerQuarterRevenue> marketRows(Collection<String> consenting, Period period, String currency) {
        if (consenting.isEmpty()) {
            return List.of();
        }
        return lake.sellers(consenting).map(lines -> {
            Map<String, Dataset<Row>> relations = new HashMap<>(relations(lines, currency, period));
            List<Row> ids = consenting.stream().sorted().map(id -> RowFactory.create(id)).toList();
            relations.put("consenting", sql.spark().createDataFrame(ids, CONSENTING));
            return sql.query(relations,
                    v -> MarketSql.bind(MarketSql.ROWS, v.get("lines"), v.get("consenting"), v.get("factors"), currency, period),
                    row -> new SellerQuarterRevenue(string(row, "seller_id"), string(row, "channel"),
                            ChannelKind.valueOf(string(row, "channel_kind")), dateTime(row, "last_ingested"),
                            integer(row, "y"), integer(row, "q"), decimalOrNull(row, "revenue"),
                            count(row, "unconverted_lines")));
        }).orElse(List.of());
    }

    private static final StructType CONSENTING = new StructType().add("seller_id", DataTypes.StringType, false);

    private static final StructType CONSENTING_SOURCES = new StructType()
            .add("seller_id", DataTypes.StringType, false)
            .add("origin", DataTypes.IntegerType, false)
            .add("seller_no", DataTypes.IntegerType, false);

    /**
     * The market report's sums ({@link MarketSql#SUMS}, the DuckDB engine's SQL): each consenting seller's lines
     * from the compact copy while it is current for her, from her own file otherwise (or always, on a lake known
     * only by its URI).
     */
    @Override
    public QuarterlySums marketSums(List<String> consenting, Period period, String currency) {
        QuarterlySums.Builder sums = QuarterlySums.builder();
        CompactLake.Sources sources = compact.map(c -> c.sources(consenting)).orElseGet(() ->
                new CompactLake.Sources(Optional.empty(), Optional.empty(), List.of(), List.of(), consenting));
        Optional<java.nio.file.Path> rollup = sources.rollupFor(period);
        Optional<Dataset<Row>> own = lake.sellers(sources.fromOwnFiles())
                .map(lines -> lines.withColumn("origin", functions.lit(MarketSql.FROM_OWN_FILE)));
        Optional<Dataset<Row>> compacted = sources.compact().map(file -> {
            Dataset<Row> all = sql.spark().read().parquet(file.toUri().toString()).withColumn("origin", functions.lit(MarketSql.FROM_COMPACT));
            return rollup.isEmpty() ? all : all.where(functions.not(functions.col("currency").eqNullSafe(currency)));
        });
        Optional<Dataset<Row>> lines = own.isEmpty() ? compacted
                : compacted.map(c -> c.unionByName(own.get())).or(() -> own);
        if (consenting.isEmpty() || lines.isEmpty()) {
            return sums.build();
        }
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < consenting.size(); i++) {
            numbers.put(consenting.get(i), i);
        }
        List<Row> ids = new ArrayList<>();
        sources.fromCompact().forEach(id -> ids.add(RowFactory.create(id, MarketSql.FROM_COMPACT, numbers.get(id))));
        sources.fromOwnFiles().forEach(id -> ids.add(RowFactory.create(id, MarketSql.FROM_OWN_FILE, numbers.get(id))));
        Map<String, Dataset<Row>> relations = new HashMap<>(relations(lines.get(), currency, period));
        relations.put("consenting", sql.spark().createDataFrame(ids, CONSENTING_SOURCES));
        rollup.ifPresent(file -> relations.put("rollup", sql.spark().read().parquet(file.toUri().toString())
                .withColumn("origin", functions.lit(MarketSql.FROM_COMPACT))));
        relations.put("channel_numbers", sql.spark().createDataFrame(List.of(), CHANNEL_NUMBERS));
        sql.forEach(relations,
                v -> MarketSql.bindSums(new MarketSql.SumsSources(v.get("lines"),
                        rollup.isPresent() ? v.get("rollup") : MarketSql.noRollup(v.get("lines")), v.get("consenting"),
                        v.get("factors"), v.get("channel_numbers")), currency, period, MarketSql.Dialect.SPARK),
                row -> {
                    if (row.isNullAt(3)) {
                        throw new IllegalStateException("a line of the lake has an unknown channel kind");
                    }
                    sums.add(row.getInt(0), row.isNullAt(1) ? -1 : row.getInt(1), row.getString(2), row.getInt(3),
                            row.getInt(4), !row.isNullAt(5), row.isNullAt(5) ? 0 : row.getLong(5), row.getLong(6),
                            row.isNullAt(7) ? Long.MIN_VALUE : epochMicros(dateTime(row, "last_ingested_us")));
                });
        return sums.build();
    }

    /** Spark rows cost no more with a channel's name than with a number: every channel comes by name. */
    private static final StructType CHANNEL_NUMBERS = new StructType()
            .add("channel", DataTypes.StringType, false)
            .add("channel_no", DataTypes.IntegerType, false);


    private static java.math.BigDecimal decimalOrNull(Row row, String column) {
        return row.isNullAt(row.fieldIndex(column)) ? null : decimal(row, column);
    }

    private static long epochMicros(java.time.LocalDateTime utc) {
        java.time.Instant instant = utc.toInstant(java.time.ZoneOffset.UTC);
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    private static java.time.LocalDateTime dateTime(Row row, String column) {
        Object value = row.getAs(column);
        if (value instanceof java.time.LocalDateTime local) {
            return local;
        }
        if (value instanceof java.time.Instant instant) {
            return java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        throw new IllegalStateException("not a timestamp in column " + column + ": " + value);
    }

    /**
     * The seller's lines and, when converting, the factors to {@code currency} for the days of the period only:
     * the metric SQL keeps only lines of the period, so no other factor can reach a result, and a small
     * relation keeps each query's broadcast join cheap (the full table is ~90,000 rows).
     */
    private Map<String, Dataset<Row>> relations(Dataset<Row> lines, String currency, Period period) {
        if (currency == null) {
            return Map.of("lines", lines);
        }
        List<Row> rows = new ArrayList<>();
        for (ConversionFactors.Factor f : factors(currency)) {
            if (!f.day().isBefore(period.from()) && f.day().isBefore(period.to())) {
                rows.add(RowFactory.create(f.currency(), f.day(), f.factor()));
            }
        }
        return Map.of("lines", lines, "factors", sql.spark().createDataFrame(rows, FACTORS));
    }

    /** The relation the metric SQL reads as {@code {lines}}: the lake's lines, or them converted. */
    private static String lines(Map<String, String> views, String currency) {
        return currency == null ? views.get("lines") : MetricSql.converted(views.get("lines"), views.get("factors"), currency);
    }

    /**
     * The factors to {@code currency} at the DuckDB engine's scale, computed on first use and again when the
     * rates change.
     */
    private synchronized List<ConversionFactors.Factor> factors(String currency) {
        String key = currency.toUpperCase(Locale.ROOT);
        EcbRates now = rates.get();
        Factors known = factors.get(key);
        if (known == null || known.rates() != now) {
            List<ConversionFactors.Factor> scaled = ConversionFactors.to(key, now).stream()
                    .map(f -> new ConversionFactors.Factor(f.currency(), f.day(),
                            f.factor().setScale(FACTOR_SCALE, RoundingMode.HALF_EVEN)))
                    .toList();
            known = new Factors(now, scaled);
            factors.put(key, known);
        }
        return known.factors();
    }

    @Override
    public synchronized void close() {
        factors.clear();
        if (ownsSession) {
            sql.spark().stop();
        }
    }
}
