package app.eggbasket.ingestion.lake.synthetic;

import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeChanges;
import app.eggbasket.ingestion.lake.LakeSchema;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes a synthetic sales lake for benchmarks, directly in the lake layout (one Parquet file per
 * seller, sorted by order date), without going through ingestion. Skewed like reality: lines per seller
 * follow a Zipf law (exponent 0.8) with lognormal noise, so a few big sellers hold tens of thousands of
 * lines and most hold a few dozen. Twelve channels of every kind; each seller has a main channel
 * (Etsy most often) holding 35–100 % of her lines and up to five others. Two years of order dates
 * (with a Christmas peak), lognormal prices, some discounts, refunds and cancellations; EUR mostly, a few
 * sellers in GBP and a few mixing USD Etsy sales into euros (their reports convert at ECB rates).
 * <p>
 * Deterministic: the same seed gives the same lines. Seller-level choices come from {@link Random};
 * line-level values from DuckDB's {@code hash()} of (seed, seller, line, purpose), so they do not depend
 * on thread scheduling. DuckDB generates the lines and writes them with a partitioned {@code COPY}; the
 * files are then moved to {@code lake/sales/<seller>/sales.parquet}. System properties
 * {@code eggbasket.generate.batchSellers} (200), {@code eggbasket.generate.batchLines} (1,000,000) and
 * {@code eggbasket.generate.workers} (2 COPYs at a time) tune the batches; they change no line.
 */
public final class SyntheticLake {

    /** First order date; lines span {@link #DAYS} days from it. ECB rates are shipped for the whole span. */
    public static final String FIRST_DAY = "2024-07-01";
    public static final int DAYS = 730;

    /** The twelve channels: name, kind, default format, weight as a seller's main channel. */
    record ChannelDef(String name, String kind, String format, double mainWeight) {
    }

    static final List<ChannelDef> CHANNELS = List.of(
            new ChannelDef("etsy", "MARKETPLACE", "etsy-sold-orders", 0.40),
            new ChannelDef("amazon", "MARKETPLACE", "amazon-date-range-transactions", 0.06),
            new ChannelDef("ebay", "MARKETPLACE", "ebay-transactions", 0.05),
            new ChannelDef("vinted", "MARKETPLACE", "eggbasket-template", 0.05),
            new ChannelDef("instagram", "SOCIAL", "eggbasket-template", 0.05),
            new ChannelDef("facebook", "SOCIAL", "eggbasket-template", 0.03),
            new ChannelDef("own-shop", "OWN_SHOP", "shopify-orders", 0.15),
            new ChannelDef("markets", "IN_PERSON", "sumup-transactions", 0.12),
            new ChannelDef("fairs", "IN_PERSON", "sumup-transactions", 0.03),
            new ChannelDef("workshops", "IN_PERSON", "eggbasket-template", 0.02),
            new ChannelDef("boutiques", "WHOLESALE", "eggbasket-template", 0.02),
            new ChannelDef("direct", "DIRECT", "eggbasket-template", 0.02));

    /** A seller as generated: her id, how many lines she has and how her revenue splits between channels. */
    public record Seller(int index, String id, long lines, String currencyMode, List<Share> channels) {
    }

    /** A channel's share of a seller's lines. */
    public record Share(int channel, double share) {
    }

    /** What was written. */
    public record Result(List<Seller> sellers, long lines, long files, double seconds) {
    }

    private final Path dataDir;
    private final int sellerCount;
    private final long lineCount;
    private final long seed;
    private final long linesPerBatch;
    private final int sellersPerBatch;
    private final int workers;
    private final Consumer<String> progress;

    public SyntheticLake(Path dataDir, int sellerCount, long lineCount, long seed, Consumer<String> progress) {
        if (sellerCount < 1 || lineCount < sellerCount) {
            throw new IllegalArgumentException("need at least one seller and at least one line per seller");
        }
        if (sellerCount > 9_999_999) {
            throw new IllegalArgumentException("at most 9,999,999 sellers");
        }
        this.dataDir = dataDir;
        this.sellerCount = sellerCount;
        this.lineCount = lineCount;
        this.seed = seed;
        this.linesPerBatch = Long.getLong("eggbasket.generate.batchLines", 1_000_000);
        this.sellersPerBatch = Integer.getInteger("eggbasket.generate.batchSellers", 200);
        this.workers = Integer.getInteger("eggbasket.generate.workers", 2);
        this.progress = progress;
    }

    /** Seller ids look like {@code seller-0000042}: sorted by id is sorted by index. */
    public static String sellerId(int index) {
        return String.format("seller-%07d", index + 1);
    }

    /** The sellers, their sizes and channel mixes; deterministic in the seed. */
    public List<Seller> sellers() {
        Random random = new Random(seed);
        // Zipf sizes by rank, with lognormal noise, then given to sellers in a shuffled order.
        double[] weight = new double[sellerCount];
        double sum = 0;
        for (int rank = 0; rank < sellerCount; rank++) {
            weight[rank] = Math.pow(rank + 1, -0.8) * Math.exp(0.3 * random.nextGaussian());
            sum += weight[rank];
        }
        long[] size = new long[sellerCount];
        long spare = lineCount - sellerCount;
        long given = 0;
        for (int rank = 0; rank < sellerCount; rank++) {
            size[rank] = 1 + (long) Math.floor(spare * weight[rank] / sum);
            given += size[rank];
        }
        for (int rank = 0; given < lineCount; rank = (rank + 1) % sellerCount) {
            size[rank]++;
            given++;
        }
        Arrays.sort(size);
        int[] order = new int[sellerCount];
        for (int i = 0; i < sellerCount; i++) {
            order[i] = i;
        }
        for (int i = sellerCount - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        List<Seller> sellers = new ArrayList<>(sellerCount);
        for (int i = 0; i < sellerCount; i++) {
            long lines = size[order[i]];
            sellers.add(new Seller(i, sellerId(i), lines, currencyMode(random), channelMix(random, lines)));
        }
        return sellers;
    }

    private static String currencyMode(Random random) {
        double u = random.nextDouble();
        return u < 0.95 ? "EUR" : u < 0.98 ? "GBP" : "EUR+USD";
    }

    private static List<Share> channelMix(Random random, long lines) {
        int main = pick(random, CHANNELS.stream().mapToDouble(ChannelDef::mainWeight).toArray());
        int others = lines < 20 ? random.nextInt(2) : Math.min(5, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 1.6));
        List<Share> mix = new ArrayList<>();
        double mainShare = others == 0 ? 1.0 : 0.35 + 0.65 * random.nextDouble();
        mix.add(new Share(main, mainShare));
        double[] w = new double[others];
        double wSum = 0;
        List<Integer> chosen = new ArrayList<>();
        for (int k = 0; k < others; k++) {
            int c;
            do {
                c = random.nextInt(CHANNELS.size());
            } while (c == main || chosen.contains(c));
            chosen.add(c);
            w[k] = 0.2 + random.nextDouble();
            wSum += w[k];
        }
        for (int k = 0; k < others; k++) {
            mix.add(new Share(chosen.get(k), (1 - mainShare) * w[k] / wSum));
        }
        return mix;
    }

    private static int pick(Random random, double[] weights) {
        double total = Arrays.stream(weights).sum();
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Generates and writes the lake; refuses a data directory that already has sales. */
    public Result write() {
        long started = System.nanoTime();
        Lake lake = new Lake(dataDir);
        if (!lake.isEmpty()) {
            throw new IllegalStateException(lake.root() + " already holds sales; generate into an empty directory");
        }
        List<Seller> sellers = sellers();
        Path work = lake.root().resolve("lake").resolve(".tmp").resolve("generate-" + seed);
        long files = 0;
        try {
            Files.createDirectories(lake.salesDir());
            deleteTree(work);
            Files.createDirectories(work);
            try (DuckDBConnection db = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
                 Statement st = db.createStatement()) {
                st.execute("SET memory_limit = '2GB'");
                // one DuckDB thread per COPY keeps each file in order; parallelism comes from several COPYs at once
                st.execute("SET threads = 1");
                st.execute("SET temp_directory = '" + sql(work.resolve("spill").toString()) + "'");
                st.execute("SET preserve_insertion_order = true");
                loadSellers(db, st, sellers);
                List<int[]> batches = new ArrayList<>();
                int from = 0;
                while (from < sellers.size()) {
                    int to = from;
                    long batchLines = 0;
                    while (to < sellers.size() && to - from < sellersPerBatch
                            && (batchLines == 0 || batchLines + sellers.get(to).lines() <= linesPerBatch)) {
                        batchLines += sellers.get(to).lines();
                        to++;
                    }
                    batches.add(new int[]{from, to});
                    from = to;
                }
                AtomicInteger next = new AtomicInteger();
                AtomicLong done = new AtomicLong();
                AtomicLong written = new AtomicLong();
                AtomicInteger reported = new AtomicInteger();
                // the sellers' files appear between two records of the lake's change token (LakeChanges); a failed
                // run makes only this first one (workers may still be moving files when it gives up)
                LakeChanges changes = new LakeChanges(lake);
                changes.record();
                ExecutorService pool = Executors.newFixedThreadPool(workers);
                List<Future<?>> futures = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    futures.add(pool.submit(() -> {
                        try (DuckDBConnection own = db.duplicate(); Statement ws = own.createStatement()) {
                            for (int b = next.getAndIncrement(); b < batches.size(); b = next.getAndIncrement()) {
                                int[] range = batches.get(b);
                                Path out = work.resolve("batch-" + b);
                                ws.execute("COPY (" + linesSql(range[0], range[1]) + ") TO '" + sql(out.toString())
                                        + "' (FORMAT parquet, PARTITION_BY (seller_id), WRITE_PARTITION_COLUMNS true, "
                                        + "COMPRESSION zstd)");
                                written.addAndGet(moveIntoLake(ws, lake, out));
                                long sellersDone = done.addAndGet(range[1] - range[0]);
                                int decile = (int) (sellersDone * 10 / sellers.size());
                                if (reported.getAndAccumulate(decile, Math::max) < decile) {
                                    progress.accept(String.format("%,d / %,d sellers, %.1f s", sellersDone,
                                            sellers.size(), (System.nanoTime() - started) / 1e9));
                                }
                            }
                        }
                        return null;
                    }));
                }
                pool.shutdown();
                try {
                    for (Future<?> f : futures) {
                        f.get();
                    }
                    changes.record();
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    Throwable cause = e.getCause();
                    if (cause instanceof SQLException sqlException) {
                        throw sqlException;
                    }
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException(cause);
                } catch (InterruptedException e) {
                    pool.shutdownNow();
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                files = written.get();
            }
            deleteTree(work);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot generate the lake: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long total = sellers.stream().mapToLong(Seller::lines).sum();
        return new Result(sellers, total, files, (System.nanoTime() - started) / 1e9);
    }

    private void loadSellers(DuckDBConnection db, Statement st, List<Seller> sellers) throws SQLException {
        st.execute("CREATE TABLE channels (c INTEGER, channel VARCHAR, channel_kind VARCHAR, source_format VARCHAR)");
        st.execute("CREATE TABLE sellers (s INTEGER, seller_id VARCHAR, n BIGINT, currency_mode VARCHAR,"
                + " price_mu DOUBLE, day_lo DOUBLE, vat BOOLEAN)");
        st.execute("CREATE TABLE mix (s INTEGER, c INTEGER, lo DOUBLE, hi DOUBLE, upload_id VARCHAR)");
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "channels")) {
            for (int c = 0; c < CHANNELS.size(); c++) {
                a.beginRow();
                a.append(c);
                a.append(CHANNELS.get(c).name());
                a.append(CHANNELS.get(c).kind());
                a.append(CHANNELS.get(c).format());
                a.endRow();
            }
        }
        Random random = new Random(seed ^ 0x5DEECE66DL);
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sellers");
             DuckDBAppender m = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mix")) {
            for (Seller seller : sellers) {
                a.beginRow();
                a.append(seller.index());
                a.append(seller.id());
                a.append(seller.lines());
                a.append(seller.currencyMode());
                a.append(Math.log(28) + 0.5 * random.nextGaussian());
                a.append(random.nextDouble() < 0.7 ? 0.0 : CUMULATIVE[random.nextInt(DAYS - 120)]);
                a.append(random.nextDouble() < 0.1);
                a.endRow();
                double lo = 0;
                for (int k = 0; k < seller.channels().size(); k++) {
                    Share share = seller.channels().get(k);
                    double hi = k == seller.channels().size() - 1 ? 1.0000001 : lo + share.share();
                    m.beginRow();
                    m.append(seller.index());
                    m.append(share.channel());
                    m.append(lo);
                    m.append(hi);
                    m.appendNull();
                    m.endRow();
                    lo = hi;
                }
            }
        }
        // one upload per seller and channel, named like a real one: the SHA-256 of its (imaginary) file
        st.execute("UPDATE mix SET upload_id = sha256('" + seed + "/' || s || '/' || c)");
    }

    private static final int CALENDAR_STEPS = 7300;

    /** Share of a year's orders before each day: twice as many per day from 15 Nov to 20 Dec. */
    private static final double[] CUMULATIVE = cumulative();

    private static double[] cumulative() {
        java.time.LocalDate first = java.time.LocalDate.parse(FIRST_DAY);
        double[] weight = new double[DAYS];
        double total = 0;
        for (int d = 0; d < DAYS; d++) {
            java.time.LocalDate day = first.plusDays(d);
            boolean peak = (day.getMonthValue() == 11 && day.getDayOfMonth() >= 15)
                    || (day.getMonthValue() == 12 && day.getDayOfMonth() <= 20);
            weight[d] = peak ? 2.5 : 1.0;
            total += weight[d];
        }
        double[] cumulative = new double[DAYS + 1];
        for (int d = 0; d < DAYS; d++) {
            cumulative[d + 1] = cumulative[d] + weight[d] / total;
        }
        return cumulative;
    }

    /** The day of each quantile step of the calendar, as a DuckDB list literal. */
    private static String calendarList() {
        StringBuilder list = new StringBuilder("[");
        int day = 0;
        for (int k = 0; k < CALENDAR_STEPS; k++) {
            double q = (k + 0.5) / CALENDAR_STEPS;
            while (day < DAYS - 1 && CUMULATIVE[day + 1] <= q) {
                day++;
            }
            list.append(k == 0 ? "" : ",").append(day);
        }
        return list.append("]").toString();
    }

    /** Uniform in [0, 1) from the seed, the seller, the line and a purpose number. */
    private String u(int purpose) {
        return "(hash(h * 256 + " + purpose + ") / 18446744073709551616.0)";
    }

    private String linesSql(int fromSeller, int toSeller) {
        String columns = LakeSchema.COLUMNS.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.substring(0, l.indexOf(' '))).reduce((a, b) -> a + ", " + b).orElseThrow();
        return """
                WITH l AS (
                  SELECT s.s, s.seller_id, s.currency_mode, s.price_mu, s.vat, s.n,
                         s.day_lo, unnest(range(s.n)) AS i
                  FROM sellers s WHERE s.s >= %1$d AND s.s < %2$d
                ), r AS (
                  SELECT l.*, hash(%19$d::BIGINT, s, i) >> 8 AS h
                  FROM l
                ), r2 AS (
                  SELECT r.*, %3$s AS u_channel, %4$s AS u_day, %5$s AS u_season, %6$s AS u1, %7$s AS u2,
                         %8$s AS u_qty, %9$s AS u_disc, %10$s AS u_ship, %11$s AS u_status, %12$s AS u_country,
                         %13$s AS u_buyer, %14$s AS u_time, %15$s AS u_item
                  FROM r
                ), d AS (
                  SELECT r.*, c.channel, c.channel_kind, c.source_format, x.upload_id,
                    -- stratified over the seller's lines, so line i is in date order: the i-th quantile of a
                    -- calendar with a Christmas peak, from the seller's first day
                    %20$s[1 + least(floor((day_lo + (i + u_day) / n * (1 - day_lo)) * %21$d)::INTEGER, %21$d - 1)] AS day_no,
                    CASE WHEN u_qty < 0.8 THEN 1 WHEN u_qty < 0.95 THEN 2 ELSE 3 END AS quantity,
                    greatest(3.0, exp(price_mu + 0.6 * sqrt(-2 * ln(1 - u1)) * cos(2 * pi() * u2))) AS unit_price
                  FROM r2 r JOIN mix x ON x.s = r.s AND r.u_channel >= x.lo AND r.u_channel < x.hi
                  JOIN channels c ON c.c = x.c
                ), a AS (
                  SELECT d.*,
                    CASE WHEN currency_mode = 'GBP' THEN 'GBP'
                         WHEN currency_mode = 'EUR+USD' AND channel = 'etsy' AND u_item < 0.5 THEN 'USD'
                         ELSE 'EUR' END AS currency,
                    round(unit_price * quantity, 2)::DECIMAL(18,2) AS items,
                    CASE WHEN u_disc < 0.1 THEN round(unit_price * quantity * 0.1, 2) ELSE 0 END::DECIMAL(18,2) AS discount,
                    CASE WHEN channel_kind IN ('IN_PERSON', 'WHOLESALE', 'DIRECT') OR u_ship < 0.2 THEN 0
                         WHEN u_ship < 0.8 THEN 4.90 ELSE 7.50 END::DECIMAL(18,2) AS shipping,
                    CASE WHEN u_status < 0.005 THEN 'CANCELLED' WHEN u_status < 0.02 THEN 'REFUNDED'
                         WHEN u_status < 0.03 THEN 'PARTIALLY_REFUNDED' ELSE 'COMPLETED' END AS status,
                    DATE '%17$s' + day_no AS order_date
                  FROM d
                ), m AS (
                  SELECT a.*,
                    CASE status WHEN 'REFUNDED' THEN items - discount + shipping
                                WHEN 'PARTIALLY_REFUNDED' THEN round(items * 0.3, 2) ELSE 0 END::DECIMAL(18,2) AS refund
                  FROM a
                )
                SELECT %18$s FROM (
                  SELECT seller_id, channel, channel_kind, source_format,
                    upload_id,
                    (1 + n - i)::INTEGER AS source_line,
                    CAST(1000000000 + i AS VARCHAR) AS order_id,
                    CAST(1000000000 + i AS VARCHAR) AS line_id,
                    (order_date + INTERVAL 7 HOUR + to_seconds(floor(u_time * 46800)::BIGINT))::TIMESTAMP AS ordered_at,
                    order_date,
                    ['Boucles d''oreilles', 'Collier', 'Bague', 'Bol en grès', 'Tasse', 'Vase', 'Écharpe', 'Bonnet',
                     'Sac en lin', 'Carnet', 'Savon', 'Bougie', 'Affiche', 'Doudou', 'Plaid', 'Coussin']
                      [1 + floor(u_item * 16)::INTEGER] AS item,
                    'SKU-' || (1 + floor(u_item * 400)::INTEGER) AS sku,
                    quantity::INTEGER AS quantity, currency, items, discount, shipping,
                    CASE WHEN vat THEN round((items - discount) * 0.2, 2) ELSE 0 END::DECIMAL(18,2) AS tax,
                    refund,
                    CASE WHEN status = 'CANCELLED' THEN NULL
                         WHEN channel = 'etsy' THEN round((items - discount + shipping) * 0.105 + 0.50, 2)
                         WHEN channel = 'amazon' THEN round((items - discount + shipping) * 0.15, 2)
                         WHEN channel = 'ebay' THEN round((items - discount + shipping) * 0.13 + 0.35, 2)
                         ELSE NULL END::DECIMAL(18,2) AS fees,
                    CASE WHEN status = 'CANCELLED' THEN 0 ELSE items - discount + shipping - refund END::DECIMAL(18,2) AS revenue,
                    CASE WHEN channel_kind = 'IN_PERSON' THEN NULL
                         ELSE printf('%%016x%%016x', hash(%19$d::BIGINT, s, floor(u_buyer * n * 0.7)::BIGINT, 1),
                                     hash(%19$d::BIGINT, s, floor(u_buyer * n * 0.7)::BIGINT, 2)) END AS buyer_ref,
                    CASE WHEN channel_kind = 'IN_PERSON' THEN 'FR'
                         WHEN u_country < 0.75 THEN 'FR' WHEN u_country < 0.80 THEN 'BE' WHEN u_country < 0.85 THEN 'DE'
                         WHEN u_country < 0.88 THEN 'CH' WHEN u_country < 0.92 THEN 'GB' WHEN u_country < 0.95 THEN 'US'
                         WHEN u_country < 0.97 THEN 'ES' ELSE 'IT' END AS buyer_country,
                    status,
                    TIMESTAMP '2026-07-01 02:00:00' AS ingested_at
                  FROM m
                )
                ORDER BY seller_id, order_date, ordered_at, channel, order_id
                """.formatted(fromSeller, toSeller, u(1), u(2), u(3), u(4), u(5), u(6), u(7), u(8), u(9), u(10),
                u(11), u(12), u(13), DAYS, FIRST_DAY, columns, seed, calendarList(), CALENDAR_STEPS);
    }

    /** Moves the partitioned output to the lake layout; a partition split over several files is merged. */
    private long moveIntoLake(Statement st, Lake lake, Path out) throws IOException, SQLException {
        List<Path> partitions;
        try (Stream<Path> dirs = Files.list(out)) {
            partitions = dirs.filter(Files::isDirectory).sorted(Comparator.naturalOrder()).toList();
        }
        long files = 0;
        for (Path partition : partitions) {
            String name = partition.getFileName().toString();
            String sellerId = name.substring(name.indexOf('=') + 1);
            Path target = lake.salesFile(sellerId);
            List<Path> parts;
            try (Stream<Path> p = Files.list(partition)) {
                parts = p.sorted().toList();
            }
            if (parts.size() == 1) {
                // renaming the partition's directory creates no inode: far cheaper than mkdir + move + rmdir
                Files.move(partition, target.getParent(), StandardCopyOption.ATOMIC_MOVE);
                Files.move(target.getParent().resolve(parts.get(0).getFileName()), target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.createDirectories(target.getParent());
                st.execute("COPY (SELECT * FROM read_parquet('" + sql(partition.toString()) + "/*.parquet')"
                        + " ORDER BY order_date, ordered_at, channel, order_id) TO '" + sql(target.toString())
                        + "' (FORMAT parquet, COMPRESSION zstd)");
            }
            restrict(target);
            files++;
        }
        deleteTree(out);
        return files;
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // the data directory's own protection applies
        }
    }

    private static String sql(String text) {
        return text.replace("'", "''");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
