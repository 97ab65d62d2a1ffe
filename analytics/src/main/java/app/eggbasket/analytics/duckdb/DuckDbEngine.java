package app.eggbasket.analytics.duckdb;

import app.eggbasket.analytics.currency.ConversionFactors;
import app.eggbasket.analytics.currency.ConversionUnavailableException;
import app.eggbasket.analytics.currency.EcbRates;
import app.eggbasket.analytics.currency.RatesStore;
import app.eggbasket.analytics.engine.ChannelTotals;
import app.eggbasket.analytics.engine.MetricSql;
import app.eggbasket.analytics.engine.MonthlyChannelTotals;
import app.eggbasket.analytics.engine.Period;
import app.eggbasket.analytics.engine.SalesEngine;
import app.eggbasket.analytics.market.MarketEngine;
import app.eggbasket.analytics.market.MarketSql;
import app.eggbasket.analytics.market.SellerQuarterRevenue;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.sale.ChannelKind;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded default engine: an in-memory DuckDB reading the seller's Parquet file. No database
 * file is opened, so a CLI ingest and a running dashboard never lock each other out (DESIGN §9).
 * A DuckDB connection is not thread-safe: each query runs on its own {@code duplicate()}.
 */
public final class DuckDbEngine implements SalesEngine, MarketEngine {

    private final Lake lake;
    private final RatesStore ratesStore;
    private final DuckDBConnection root;
    private final Map<String, EcbRates> factorTables = new HashMap<>();

    public DuckDbEngine(Lake lake, RatesStore ratesStore, String memoryLimit) {
        this.lake = lake;
        this.ratesStore = ratesStore;
        try {
            this.root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            try (Statement st = root.createStatement()) {
                st.execute("SET memory_limit = '" + memoryLimit.replace("'", "") + "'");
                st.execute("SET threads = 2");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start DuckDB: " + e.getMessage(), e);
        }
    }

    public DuckDbEngine(Lake lake) {
        this(lake, new RatesStore(lake), "512MB");
    }

    @Override
    public EcbRates rates() {
        return ratesStore.current();
    }

    @Override
    public Optional<Period> dataRange(String sellerId) {
        Optional<String> lines = lines(sellerId);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return query(MetricSql.bind(MetricSql.DATA_RANGE, lines.get()), rs -> {
            LocalDate first = rs.getObject(1, LocalDate.class);
            LocalDate last = rs.getObject(2, LocalDate.class);
            return first == null ? null : new Period(first, SalesEngine.dayAfter(last));
        }).stream().findFirst();
    }

    @Override
    public List<String> currencies(String sellerId, Period period) {
        return lines(sellerId).map(lines -> query(MetricSql.bind(MetricSql.CURRENCIES, lines, period),
                rs -> rs.getString(1))).orElse(List.of());
    }

    @Override
    public List<ChannelTotals> channelTotals(String sellerId, Period period, String currency) {
        return lines(sellerId, currency).map(lines -> query(MetricSql.bind(MetricSql.CHANNEL_TOTALS, lines, period),
                rs -> new ChannelTotals(rs.getString("channel"), ChannelKind.valueOf(rs.getString("channel_kind")),
                        rs.getBigDecimal("revenue"), rs.getBigDecimal("fees"), rs.getLong("fee_lines"),
                        rs.getLong("line_count"), rs.getLong("orders")))).orElse(List.of());
    }

    @Override
    public List<MonthlyChannelTotals> monthly(String sellerId, Period period, String currency) {
        return lines(sellerId, currency).map(lines -> query(MetricSql.bind(MetricSql.MONTHLY, lines, period),
                rs -> new MonthlyChannelTotals(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getString("channel"),
                        ChannelKind.valueOf(rs.getString("channel_kind")), rs.getBigDecimal("revenue"))))
                .orElse(List.of());
    }

    @Override
    public List<ConversionUnavailableException.Missing> missingRates(String sellerId, Period period, String currency) {
        return lines(sellerId).map(source -> query(MetricSql.bind(MetricSql.bindConversion(MetricSql.MISSING_RATES,
                        source, factorTable(currency), currency), source, period),
                rs -> new ConversionUnavailableException.Missing(rs.getString("currency"),
                        rs.getObject("first_date", LocalDate.class), rs.getObject("last_date", LocalDate.class),
                        rs.getLong("line_count")))).orElse(List.of());
    }

    private Optional<String> lines(String sellerId, String currency) {
        if (currency == null) {
            return lines(sellerId);
        }
        return lines(sellerId).map(source -> MetricSql.converted(source, factorTable(currency), currency));
    }

    /** A table of conversion factors to {@code currency}, created on first use and again when the rates change. */
    private synchronized String factorTable(String currency) {
        String table = "factors_" + currency.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        EcbRates rates = ratesStore.current();
        if (factorTables.get(table) != rates) {
            try (Statement st = root.createStatement()) {
                st.execute("CREATE OR REPLACE TABLE " + table + " (currency VARCHAR, day DATE, factor DECIMAL(18,10))");
                try (DuckDBAppender appender = root.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
                    for (ConversionFactors.Factor f : ConversionFactors.to(currency, rates)) {
                        appender.beginRow();
                        appender.append(f.currency());
                        appender.append(f.day());
                        appender.append(f.factor().setScale(10, java.math.RoundingMode.HALF_EVEN));
                        appender.endRow();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot load the conversion factors to " + currency + ": " + e.getMessage(), e);
            }
            factorTables.put(table, rates);
        }
        return table;
    }

    private Optional<String> lines(String sellerId) {
        Path file = lake.salesFile(sellerId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of("read_parquet('" + file.toString().replace("'", "''") + "')");
    }

    // ---- cooperative market report (DESIGN §5) ----

    @Override
    public List<SellerQuarterRevenue> marketRows(Collection<String> consenting, Period period, String currency) {
        return marketQuery(MarketSql.ROWS, consenting, period, currency,
                rs -> new SellerQuarterRevenue(rs.getString("seller_id"), rs.getString("channel"),
                        ChannelKind.valueOf(rs.getString("channel_kind")),
                        rs.getObject("last_ingested", LocalDateTime.class), rs.getInt("y"), rs.getInt("q"),
                        rs.getBigDecimal("revenue")));
    }

    @Override
    public long unconvertedLines(Collection<String> consenting, Period period, String currency) {
        return marketQuery(MarketSql.UNCONVERTED, consenting, period, currency, rs -> rs.getLong(1))
                .stream().findFirst().orElse(0L);
    }

    /**
     * Runs a market statement over every seller's Parquet file at once (one glob) joined to a temporary
     * table of the consenting sellers, on a connection of its own.
     */
    private <T> List<T> marketQuery(String sql, Collection<String> consenting, Period period, String currency,
                                    RowMapper<T> mapper) {
        if (consenting.isEmpty() || lake.sellerIds().isEmpty()) {
            return List.of();
        }
        String glob = "read_parquet('" + lake.salesDir().resolve("*").resolve("sales.parquet").toString()
                .replace("'", "''") + "')";
        String factors = factorTable(currency);
        try (DuckDBConnection connection = (DuckDBConnection) root.duplicate()) {
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE OR REPLACE TEMP TABLE consenting (seller_id VARCHAR)");
            }
            try (DuckDBAppender appender = connection.createAppender("temp", "main", "consenting")) {
                for (String seller : consenting) {
                    appender.beginRow();
                    appender.append(seller);
                    appender.endRow();
                }
            }
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery(MarketSql.bind(sql, glob, "consenting", factors, currency, period))) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("market query failed: " + e.getMessage(), e);
        }
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper) {
        try (Connection connection = root.duplicate();
             Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                T row = mapper.map(rs);
                if (row != null) {
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("metric query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            root.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
