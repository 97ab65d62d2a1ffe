package app.eggbasket.analytics.duckdb;

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
import app.eggbasket.analytics.portfolio.ClientMonth;
import app.eggbasket.analytics.portfolio.PortfolioEngine;
import app.eggbasket.analytics.market.MarketSql;
import app.eggbasket.analytics.market.QuarterlySums;
import app.eggbasket.analytics.market.SellerQuarterRevenue;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.IsoCodes;
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
public final class DuckDbEngine implements SalesEngine, MarketEngine, PortfolioEngine {

    private final Lake lake;
    private final CompactLake compactLake;
    private final RatesStore ratesStore;
    private final DuckDBConnection root;
    private final Map<String, EcbRates> factorTables = new HashMap<>();

    public DuckDbEngine(Lake lake, RatesStore ratesStore, String memoryLimit) {
        this(lake, ratesStore, memoryLimit, 2);
    }

    /**
     * @param threads DuckDB's worker threads for each query: 2 (both cores) for the market report's scan of
     *                every seller; 1 for many small concurrent seller reports, where a second thread costs more
     *                than it brings (docs/benchmarks.md, seller report)
     */
    public DuckDbEngine(Lake lake, RatesStore ratesStore, String memoryLimit, int threads) {
        this.lake = lake;
        this.compactLake = new CompactLake(lake);
        this.ratesStore = ratesStore;
        try {
            this.root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            try (Statement st = root.createStatement()) {
                st.execute("SET memory_limit = '" + memoryLimit.replace("'", "") + "'");
                st.execute("SET threads = " + Math.max(1, threads));
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
    public List<FeeBase> unstatedFeeBases(String sellerId, Period period, String currency) {
        return lines(sellerId, currency).map(lines -> query(MetricSql.bind(MetricSql.UNSTATED_FEE_BASES, lines, period),
                rs -> new FeeBase(rs.getString("channel"), rs.getObject("day", LocalDate.class),
                        rs.getString("source_format"), rs.getInt("fees_stated") == 1, rs.getBigDecimal("revenue"), rs.getLong("orders"), rs.getLong("units"), rs.getLong("line_count"))))
                .orElse(List.of());
    }

    @Override
    public ReportTotals reportTotals(String sellerId, LocalDate from, LocalDate to) {
        return lines(sellerId).map(lines -> ReportPassRow.totals(query(MetricSql.reportPass(lines, from, to),
                rs -> new ReportPassRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getString(7), rs.getObject(8, Integer.class), rs.getBigDecimal(9), rs.getBigDecimal(10),
                        count(rs, 11), count(rs, 12), count(rs, 13), count(rs, 14))))).orElse(ReportTotals.NONE);
    }

    /** A count or sum of counts (BIGINT or HUGEINT), or null. */
    private static Long count(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).longValue();
    }

    @Override
    public List<UnconvertedLines> missingRates(String sellerId, Period period, String currency) {
        return lines(sellerId).map(source -> query(MetricSql.bind(MetricSql.bindConversion(MetricSql.MISSING_RATES,
                        source, factorTable(currency), currency), source, period),
                rs -> new UnconvertedLines(rs.getString("currency"),
                        rs.getObject("first_date", LocalDate.class), rs.getObject("last_date", LocalDate.class),
                        rs.getLong("line_count"), rs.getBigDecimal("amount")))).orElse(List.of());
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

    // ---- an advisor's portfolio (DESIGN §10): every client in one query ----

    private static final String PORTFOLIO_MONTHS = MetricSql.load("portfolio_months.sql");

    @Override
    public List<ClientMonth> clientMonths(Collection<String> sellers, String currency) {
        if (!IsoCodes.isCurrency(currency)) {
            throw new IllegalArgumentException("not a currency code: " + currency);
        }
        Optional<CompactLake.Sources> found = marketSources(sellers);
        if (found.isEmpty()) {
            return List.of();
        }
        CompactLake.Sources sources = found.get();
        String sql = PORTFOLIO_MONTHS.replace("{lines}", linesOf(sources))
                .replace("{clients}", "clients").replace("{factors}", factorTable(currency))
                .replace("{target}", quote(currency));
        try (DuckDBConnection connection = (DuckDBConnection) root.duplicate()) {
            temporaryIds(connection, "clients", sellers);
            temporaryIds(connection, "compacted", sources.fromCompact());
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                List<ClientMonth> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new ClientMonth(rs.getString("seller_id"), rs.getObject("last_day", LocalDate.class),
                            rs.getString("channel"), ChannelKind.valueOf(rs.getString("channel_kind")),
                            rs.getObject("last_ingested", LocalDateTime.class),
                            YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getBigDecimal("revenue"),
                            List.of(rs.getString("currencies").split(",")), rs.getBigDecimal("converted"),
                            rs.getLong("unconverted_lines"), rs.getObject("unconverted_from", LocalDate.class),
                            rs.getObject("unconverted_to", LocalDate.class)));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("portfolio query failed: " + e.getMessage(), e);
        }
    }

    // ---- cooperative market report (DESIGN §5): consenting sellers' own files, or the compact copy ----

    @Override
    public List<SellerQuarterRevenue> marketRows(Collection<String> consenting, Period period, String currency) {
        Optional<CompactLake.Sources> found = marketSources(consenting);
        if (found.isEmpty()) {
            return List.of();
        }
        CompactLake.Sources sources = found.get();
        String lines = linesOf(sources);
        String factors = factorTable(currency);
        try (DuckDBConnection connection = (DuckDBConnection) root.duplicate()) {
            temporaryIds(connection, "consenting", consenting);
            temporaryIds(connection, "compacted", sources.fromCompact());
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery(MarketSql.bind(MarketSql.ROWS, lines, "consenting", factors, currency, period))) {
                List<SellerQuarterRevenue> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new SellerQuarterRevenue(rs.getString("seller_id"), rs.getString("channel"),
                            ChannelKind.valueOf(rs.getString("channel_kind")),
                            rs.getObject("last_ingested", LocalDateTime.class), rs.getInt("y"), rs.getInt("q"),
                            rs.getBigDecimal("revenue"), rs.getLong("unconverted_lines")));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("market query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public QuarterlySums marketSums(List<String> consenting, Period period, String currency) {
        QuarterlySums.Builder sums = QuarterlySums.builder();
        Optional<CompactLake.Sources> found = marketSources(consenting);
        if (found.isEmpty()) {
            return sums.build();
        }
        CompactLake.Sources sources = found.get();
        Optional<Path> rollup = sources.rollupFor(period);
        List<String> parts = new ArrayList<>();
        sources.compact().ifPresent(file -> parts.add("SELECT *, " + MarketSql.FROM_COMPACT + " AS origin FROM read_parquet("
                + quote(file.toString()) + ")" + (rollup.isPresent() ? " WHERE currency IS DISTINCT FROM " + quote(currency) : "")));
        if (!sources.ownFiles().isEmpty()) {
            parts.add("SELECT *, " + MarketSql.FROM_OWN_FILE + " AS origin FROM read_parquet([" + sources.ownFiles().stream()
                    .map(f -> quote(f.toString())).collect(java.util.stream.Collectors.joining(", ")) + "])");
        }
        String lines = "(" + String.join(" UNION ALL ", parts) + ")";
        String rolledUp = rollup.map(file -> "(SELECT *, " + MarketSql.FROM_COMPACT + " AS origin FROM read_parquet("
                + quote(file.toString()) + "))").orElse(MarketSql.noRollup(lines));
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < consenting.size(); i++) {
            numbers.put(consenting.get(i), i);
        }
        try (DuckDBConnection connection = (DuckDBConnection) root.duplicate()) {
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE OR REPLACE TEMP TABLE channel_numbers (channel VARCHAR, channel_no INTEGER)");
            }
            consentingSources(connection, sources, numbers);
            numberChannels(connection, rollup.or(sources::compact), sums);
            String sql = MarketSql.bindSums(new MarketSql.SumsSources(lines, rolledUp, "consenting_sources",
                    factorTable(currency), "channel_numbers"), currency, period, MarketSql.Dialect.DUCKDB);
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    int seller = rs.getInt(1);
                    int number = rs.getInt(2);
                    boolean named = rs.wasNull();
                    String channel = named ? rs.getString(3) : null;
                    int kind = rs.getInt(4);
                    if (rs.wasNull()) {
                        throw new IllegalStateException("a line of the lake has an unknown channel kind");
                    }
                    int quarter = rs.getInt(5);
                    long cents = rs.getLong(6);
                    boolean hasRevenue = !rs.wasNull();
                    long unconverted = rs.getLong(7);
                    long ingested = rs.getLong(8);
                    sums.add(seller, named ? -1 : number, channel, kind, quarter, hasRevenue, cents, unconverted,
                            rs.wasNull() ? Long.MIN_VALUE : ingested);
                }
            }
            return sums.build();
        } catch (SQLException e) {
            throw new IllegalStateException("market query failed: " + e.getMessage(), e);
        }
    }

    /**
     * Numbers the channels of the compacted part of the lake, so that most rows carry a number rather than a name
     * (a string costs about 0.4 µs per row over JDBC, an integer next to nothing); channels of the sellers read from
     * their own files come by name. The same look at that part tells how many rows to make room for.
     */
    private static void numberChannels(DuckDBConnection connection, Optional<Path> file, QuarterlySums.Builder sums)
            throws SQLException {
        if (file.isEmpty()) {
            return;
        }
        List<String> channels = new ArrayList<>();
        long rows = 0;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT channel, count(*) FROM read_parquet(" + quote(file.get().toString())
                     + ") WHERE channel IS NOT NULL GROUP BY channel ORDER BY channel")) {
            while (rs.next()) {
                channels.add(rs.getString(1));
                rows += rs.getLong(2);
            }
        }
        sums.expect((int) Math.min(rows + rows / 8, 1 << 26)); // the rows of that part, and some
        try (DuckDBAppender appender = connection.createAppender("temp", "main", "channel_numbers")) {
            for (int i = 0; i < channels.size(); i++) {
                appender.beginRow();
                appender.append(channels.get(i));
                appender.append(i);
                appender.endRow();
                sums.channelNumber(i, channels.get(i));
            }
        }
    }

    /** Where the consenting sellers' lines are, empty when none of them has any. */
    /**
     * The lines of some sellers as one relation: those of the compact copy whose copy is current (the temporary
     * table {@code compacted}), with the own files of the others.
     */
    private static String linesOf(CompactLake.Sources sources) {
        List<String> parts = new ArrayList<>();
        sources.compact().ifPresent(file -> parts.add("SELECT * FROM read_parquet(" + quote(file.toString())
                + ") WHERE seller_id IN (SELECT seller_id FROM compacted)"));
        if (!sources.ownFiles().isEmpty()) {
            parts.add("SELECT * FROM read_parquet([" + sources.ownFiles().stream().map(f -> quote(f.toString()))
                    .collect(java.util.stream.Collectors.joining(", ")) + "])");
        }
        return "(" + String.join(" UNION ALL ", parts) + ")";
    }

    private Optional<CompactLake.Sources> marketSources(Collection<String> consenting) {
        if (consenting.isEmpty()) {
            return Optional.empty();
        }
        CompactLake.Sources sources = compactLake.sources(consenting);
        return sources.fromCompact().isEmpty() && sources.ownFiles().isEmpty() ? Optional.empty() : Optional.of(sources);
    }

    /**
     * The temporary table {@code consenting_sources} (seller_id, origin, seller_no) of {@link MarketSql#SUMS}, from one
     * string split by DuckDB: twice as fast as appending 100,000 rows one by one through JNI. Seller ids are validated
     * ({@link app.eggbasket.ingestion.lake.SellerIds}): no tab, no line break.
     */
    private static void consentingSources(DuckDBConnection connection, CompactLake.Sources sources,
                                          Map<String, Integer> numbers) throws SQLException {
        StringBuilder rows = new StringBuilder(24 * (sources.fromCompact().size() + sources.fromOwnFiles().size()));
        appendSources(rows, sources.fromCompact(), MarketSql.FROM_COMPACT, numbers);
        appendSources(rows, sources.fromOwnFiles(), MarketSql.FROM_OWN_FILE, numbers);
        try (java.sql.PreparedStatement st = connection.prepareStatement("""
                CREATE OR REPLACE TEMP TABLE consenting_sources AS
                SELECT split_part(r, chr(9), 1) AS seller_id, CAST(split_part(r, chr(9), 2) AS INTEGER) AS origin,
                       CAST(split_part(r, chr(9), 3) AS INTEGER) AS seller_no
                FROM (SELECT unnest(string_split(?, chr(10))) AS r) WHERE r <> ''""")) {
            st.setString(1, rows.toString());
            st.execute();
        }
    }

    private static void appendSources(StringBuilder rows, List<String> sellers, int origin, Map<String, Integer> numbers) {
        for (String seller : sellers) {
            rows.append(seller).append('\t').append(origin).append('\t').append(numbers.get(seller)).append('\n');
        }
    }

    /**
     * Copies every seller's lines into one Parquet file sorted by seller ({@link CompactLake}) and sums them per
     * quarter beside it ({@link MarketSql#ROLLUP}), each replaced atomically, then its manifest. A seller whose file
     * changed while the copy was made is left out of the manifest; sellers whose file changes later are read from
     * their own file again.
     *
     * @return the number of sellers compacted
     */
    public int compact() {
        String changes = compactLake.changesBeforeCopy();
        Map<String, CompactLake.Stamp> stamps = compactLake.stamps(lake.sellerIds());
        if (stamps.isEmpty()) {
            return 0;
        }
        Path target = compactLake.file();
        Path tmp = target.resolveSibling("sales.parquet.tmp");
        Path rollup = compactLake.rollup();
        Path rollupTmp = rollup.resolveSibling("quarterly.parquet.tmp");
        try (Connection connection = root.duplicate(); Statement st = connection.createStatement()) {
            Files.createDirectories(target.getParent());
            String files = stamps.keySet().stream().sorted().map(s -> quote(lake.salesFile(s).toString()))
                    .collect(java.util.stream.Collectors.joining(", "));
            st.execute("COPY (SELECT * FROM read_parquet([" + files + "]) ORDER BY seller_id, order_date) TO "
                    + quote(tmp.toString()) + " (FORMAT parquet)");
            st.execute("COPY (" + MarketSql.ROLLUP.replace("{lines}", "read_parquet(" + quote(tmp.toString()) + ")")
                    + ") TO " + quote(rollupTmp.toString()) + " (FORMAT parquet)");
            Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(rollupTmp, rollup, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot compact the lake: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(rollupTmp);
            } catch (java.io.IOException ignored) {
                // a leftover temporary file is overwritten by the next compaction
            }
        }
        Map<String, CompactLake.Stamp> after = compactLake.stamps(stamps.keySet());
        Map<String, CompactLake.Stamp> unchanged = new HashMap<>();
        stamps.forEach((seller, stamp) -> {
            if (stamp.equals(after.get(seller))) {
                unchanged.put(seller, stamp);
            }
        });
        compactLake.writeManifest(changes, unchanged);
        return unchanged.size();
    }

    private static void temporaryIds(DuckDBConnection connection, String table, Collection<String> ids) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE " + table + " (seller_id VARCHAR)");
        }
        try (DuckDBAppender appender = connection.createAppender("temp", "main", table)) {
            for (String id : ids) {
                appender.beginRow();
                appender.append(id);
                appender.endRow();
            }
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
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
