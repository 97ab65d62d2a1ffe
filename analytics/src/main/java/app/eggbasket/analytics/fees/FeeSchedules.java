package app.eggbasket.analytics.fees;

import app.eggbasket.ingestion.sale.IsoCodes;
import app.eggbasket.analytics.currency.EcbRates;
import app.eggbasket.analytics.engine.FeeBase;
import app.eggbasket.ingestion.lake.Lake;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Dated fee schedules per platform channel (DESIGN §4), read from {@code fee-schedules.csv}: the copy in
 * {@code <data>/fees/} when there is one, else the one shipped with Eggbasket. They estimate the fees of
 * lines whose export stated none. A channel without a schedule (own shop, markets, wholesale…) gets no
 * estimate, unless its lines come from the export of a platform that has one ({@link #scheduleOf}: a card
 * reader's sales at markets pay the reader's fees).
 */
public final class FeeSchedules {

    static final String SHIPPED = "/app/eggbasket/analytics/fees/fee-schedules.csv";
    static final String PARTIAL = "/app/eggbasket/analytics/fees/partial-fee-exports.csv";
    /** Per export format stating only some fees, the components it states. */
    private static final Map<String, java.util.Set<String>> STATED_COMPONENTS = partialExports();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final List<String> HEADER = List.of("channel", "component", "from", "percent", "per_order",
            "per_unit", "min_per_unit", "currency", "approximate", "source");

    /** Per normalised channel name (aliases included): per component, the rules by start date. */
    private final Map<String, Map<String, NavigableMap<LocalDate, FeeRule>>> byChannel;
    private final List<FeeRule> rules;

    private FeeSchedules(List<FeeRule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Map<String, NavigableMap<LocalDate, FeeRule>>> map = new HashMap<>();
        for (FeeRule rule : rules) {
            for (String name : rule.channel().split("\\|")) {
                map.computeIfAbsent(normalise(name), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rule.component(), k -> new TreeMap<>())
                        .put(rule.from(), rule);
            }
        }
        this.byChannel = map;
    }

    /** The schedules shipped with Eggbasket. */
    public static FeeSchedules shipped() {
        try (InputStream in = FeeSchedules.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SHIPPED);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a data directory's own schedules live; they replace the shipped ones when present. */
    public static Path overrideFile(Lake lake) {
        return lake.root().resolve("fees").resolve("fee-schedules.csv");
    }

    /** The data directory's schedules when it has its own file, else the shipped ones. */
    public static FeeSchedules load(Lake lake) {
        Path file = overrideFile(lake);
        if (!Files.exists(file)) {
            return shipped();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the CSV layout of {@code fee-schedules.csv} (lines starting with # are comments).
     *
     * @throws IllegalArgumentException naming the line and column of the first unreadable value
     */
    public static FeeSchedules parse(String csv) {
        List<FeeRule> rules = new ArrayList<>();
        boolean header = false;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                .skipEmptyLines(true).allowMissingFields(true).ofCsvRecord(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)) {
            for (CsvRecord record : reader) {
                if (!header) {
                    List<String> names = record.getFields().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
                    if (!names.equals(HEADER)) {
                        throw new IllegalArgumentException("line " + record.getStartingLineNumber() + ": expected the header "
                                + String.join(",", HEADER));
                    }
                    header = true;
                    continue;
                }
                rules.add(rule(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!header) {
            throw new IllegalArgumentException("no header: expected " + String.join(",", HEADER));
        }
        return new FeeSchedules(rules);
    }

    private static FeeRule rule(CsvRecord record) {
        long line = record.getStartingLineNumber();
        String channel = field(record, 0);
        String component = field(record, 1);
        if (channel.isEmpty() || component.isEmpty()) {
            throw new IllegalArgumentException("line " + line + ": channel and component are required");
        }
        LocalDate from;
        try {
            from = LocalDate.parse(field(record, 2));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + line + ", column from: expected a date like 2022-04-11, found '"
                    + field(record, 2) + "'");
        }
        BigDecimal percent = amount(record, 3, "percent");
        BigDecimal perOrder = amount(record, 4, "per_order");
        BigDecimal perUnit = amount(record, 5, "per_unit");
        BigDecimal minPerUnit = amount(record, 6, "min_per_unit");
        String currency = field(record, 7).toUpperCase(Locale.ROOT);
        boolean fixed = perOrder.signum() != 0 || perUnit.signum() != 0 || minPerUnit.signum() != 0;
        if (fixed && !IsoCodes.isCurrency(currency)) {
            throw new IllegalArgumentException("line " + line + ", column currency: fixed amounts need a currency code like EUR");
        }
        if (percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("line " + line + ", column percent: " + percent + " is more than 100");
        }
        String approximate = field(record, 8).toLowerCase(Locale.ROOT);
        if (!approximate.isEmpty() && !approximate.equals("yes") && !approximate.equals("no")) {
            throw new IllegalArgumentException("line " + line + ", column approximate: expected yes or no, found '"
                    + approximate + "'");
        }
        return new FeeRule(channel, component, from, percent, perOrder, perUnit, minPerUnit,
                currency.isEmpty() ? null : currency, approximate.equals("yes"), field(record, 9));
    }

    private static String field(CsvRecord record, int index) {
        return index < record.getFieldCount() ? record.getField(index).trim() : "";
    }

    private static BigDecimal amount(CsvRecord record, int index, String column) {
        String value = field(record, index);
        if (value.isEmpty()) {
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0) {
                throw new NumberFormatException();
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + record.getStartingLineNumber() + ", column " + column
                    + ": expected a number ≥ 0 like 6.5, found '" + value + "'");
        }
    }

    /** Channel names as the schedules match them: lower case, no accents, words joined by '-'. */
    static String normalise(String channel) {
        String folded = Normalizer.normalize(channel.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static Map<String, java.util.Set<String>> partialExports() {
        Map<String, java.util.Set<String>> stated = new HashMap<>();
        try (InputStream in = FeeSchedules.class.getResourceAsStream(PARTIAL)) {
            if (in == null) {
                throw new IllegalStateException("missing " + PARTIAL);
            }
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", 2);
                stated.put(cells[0].trim(), java.util.Set.of(cells[1].trim().split("\\|")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(stated);
    }

    /**
     * Whether the lines of {@code base} need an estimate: they stated no fees, or their export states only
     * some of the channel's fees (Etsy's Sold Orders: card processing only, not the transaction and listing fees).
     */
    public static boolean needsEstimate(FeeBase base) {
        return !base.feesStated() || STATED_COMPONENTS.containsKey(base.sourceFormat());
    }

    /** Every rule, in file order. */
    public List<FeeRule> rules() {
        return rules;
    }

    /** Every rule of {@code channel} (any alias), by component and date; empty when it has no schedule. */
    public List<FeeRule> rulesOf(String channel) {
        Map<String, NavigableMap<LocalDate, FeeRule>> components = byChannel.get(normalise(channel));
        if (components == null) {
            return List.of();
        }
        List<FeeRule> all = new ArrayList<>();
        components.values().forEach(dated -> all.addAll(dated.values()));
        return all;
    }

    /**
     * The schedule that prices {@code base}: its channel's, or else that of the platform whose export the
     * lines came from (a Square or SumUp card reader's sales on a channel the seller named "markets", Etsy
     * orders on "etsy-canada"): the part of the export format's id before its first '-'
     * ({@code square-item-sales} → square). Empty when neither has one.
     */
    public Optional<String> scheduleOf(FeeBase base) {
        if (covers(base.channel())) {
            return Optional.of(base.channel());
        }
        String format = base.sourceFormat() == null ? "" : base.sourceFormat();
        int dash = format.indexOf('-');
        String platform = dash > 0 ? format.substring(0, dash) : format;
        return !platform.isEmpty() && covers(platform) ? Optional.of(platform) : Optional.empty();
    }

    /** Whether {@code channel} has a fee schedule at all. */
    public boolean covers(String channel) {
        return byChannel.containsKey(normalise(channel));
    }

    /** The rules in effect for {@code channel} on {@code day}: per component, its newest rule from that day or before. */
    public List<FeeRule> rulesOn(String channel, LocalDate day) {
        Map<String, NavigableMap<LocalDate, FeeRule>> components = byChannel.get(normalise(channel));
        if (components == null) {
            return List.of();
        }
        List<FeeRule> inEffect = new ArrayList<>();
        for (NavigableMap<LocalDate, FeeRule> dated : components.values()) {
            Map.Entry<LocalDate, FeeRule> entry = dated.floorEntry(day);
            if (entry != null) {
                inEffect.add(entry.getValue());
            }
        }
        return inEffect;
    }

    /**
     * The estimated fees of {@code bases} (one channel and day each) in {@code currency}, unrounded, per
     * channel (bases without a {@linkplain #scheduleOf schedule}, and those that {@linkplain #needsEstimate need none}, are absent):
     * every component for lines without stated fees, the components their export does not state for the others. Fixed amounts in another currency are converted at
     * the ECB rate of the day (the nearest rate known when the day is outside the rates); when the ECB
     * publishes no rate at all for one of the two currencies, the fixed amounts are left out and the
     * estimate is marked approximate.
     */
    public Map<String, Estimate> estimate(Collection<FeeBase> bases, String currency, EcbRates rates) {
        Map<String, Estimate> byChannel = new LinkedHashMap<>();
        for (FeeBase base : bases) {
            Optional<String> schedule = scheduleOf(base);
            if (schedule.isEmpty() || !needsEstimate(base)) {
                continue;
            }
            java.util.Set<String> stated = base.feesStated() ? STATED_COMPONENTS.get(base.sourceFormat()) : java.util.Set.of();
            List<FeeRule> inEffect = rulesOn(schedule.get(), base.day());
            BigDecimal fees = BigDecimal.ZERO;
            boolean approximate = false;
            for (FeeRule rule : inEffect) {
                if (stated.contains(rule.component())) {
                    continue;
                }
                Optional<BigDecimal> factor = rule.hasFixedParts() ? factor(rule.currency(), currency, base.day(), rates)
                        : Optional.of(BigDecimal.ONE);
                fees = fees.add(fees(rule, base, factor.orElse(BigDecimal.ZERO)));
                approximate |= rule.approximate() || factor.isEmpty();
            }
            Estimate previous = byChannel.get(base.channel());
            Estimate now = new Estimate(fees, approximate);
            byChannel.put(base.channel(), previous == null ? now : previous.plus(now));
        }
        return byChannel;
    }

    /** The fees of one rule on one base; {@code factor} converts the rule's fixed amounts to the base's currency. */
    static BigDecimal fees(FeeRule rule, FeeBase base, BigDecimal factor) {
        BigDecimal revenue = base.revenue().max(BigDecimal.ZERO);
        BigDecimal fees = revenue.multiply(rule.percent()).divide(HUNDRED, PRECISION);
        BigDecimal units = BigDecimal.valueOf(base.units());
        if (rule.minPerUnit().signum() > 0) {
            fees = fees.max(rule.minPerUnit().multiply(factor).multiply(units));
        }
        fees = fees.add(rule.perOrder().multiply(factor).multiply(BigDecimal.valueOf(base.orders())));
        return fees.add(rule.perUnit().multiply(factor).multiply(units));
    }

    private static Optional<BigDecimal> factor(String from, String to, LocalDate day, EcbRates rates) {
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        Optional<BigDecimal> factor = rates.factor(from, to, day);
        if (factor.isEmpty()) {
            LocalDate nearest = day.isBefore(rates.firstDate()) ? rates.firstDate() : rates.lastDate();
            factor = rates.factor(from, to, nearest);
        }
        return factor;
    }

    /** Estimated fees of one channel over the days summed, and whether an approximate rule entered them. */
    public record Estimate(BigDecimal fees, boolean approximate) {
        Estimate plus(Estimate other) {
            return new Estimate(fees.add(other.fees), approximate || other.approximate);
        }
    }
}
