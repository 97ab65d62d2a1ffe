package app.eggbasket.analytics.edition;

import app.eggbasket.analytics.market.CellKey;
import app.eggbasket.analytics.market.DisclosureRules;
import app.eggbasket.analytics.market.MarketCell;
import app.eggbasket.analytics.market.MarketComputation;
import app.eggbasket.analytics.market.MarketReport;
import app.eggbasket.analytics.market.QuarterlySums;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Disclosure across releases (DESIGN §5, issue 13): a cell published in an earlier release of the cooperative and
 * again in a new one gives away their difference, which is a cell of its own — over the members whose contribution
 * changed (who joined, left, withdrew their consent, or whose figures in it changed). That difference must pass the
 * rules the new release applies: at least {@code minSellers} members, and none of them making more than the
 * dominance threshold of it (in absolute value). A cell whose difference does not is suppressed in the new release
 * ({@link Outcome#forced()}); a cell whose contributions did not change at all is already known from the earlier
 * release ({@link Outcome#known()}), so the new release's audit counts it as published and never leans on it to hide
 * another cell.
 *
 * <p>Each release's cells are worked out from its own snapshot with its own rules (its channels grouped as
 * {@link MarketComputation#OTHER} by its own frequency threshold), so cells compare by what they are, whatever the
 * periods: the same quarter's cells of a half-year and of a quarter, or the whole-period cells of two editions of
 * the same year. Which members' rows changed is found by a 64-bit fingerprint of each member's rows (a collision
 * would need two different sets of rows of one member with the same fingerprint); the contributions of those
 * members, and of the members on a channel whose grouping changed, are then compared exactly, in cents.
 */
public final class Differencing {

    /**
     * @param forced cells to suppress in the new release
     * @param known  cells of the new release whose value the earlier release already published
     */
    public record Outcome(Set<CellKey> forced, Set<CellKey> known) {

        public static Outcome none() {
            return new Outcome(Set.of(), Set.of());
        }

        public Outcome and(Outcome other) {
            Set<CellKey> f = new HashSet<>(forced);
            f.addAll(other.forced);
            Set<CellKey> k = new HashSet<>(known);
            k.addAll(other.known);
            k.removeAll(f);
            return new Outcome(f, k);
        }
    }

    private Differencing() {
    }

    /**
     * @param now           the new release's snapshot
     * @param nowRules      the new release's rules (the difference cells must pass them)
     * @param earlier       an earlier release's snapshot
     * @param earlierRules  the rules it was computed with (its grouping of rare channels)
     * @param earlierReport what it published
     */
    public static Outcome compare(Snapshot now, DisclosureRules nowRules, Snapshot earlier, DisclosureRules earlierRules,
                                  MarketReport earlierReport) {
        return against(now, nowRules).compare(earlier, earlierRules, earlierReport);
    }

    /** The checks of one new release against its earlier ones: what it needs of its own snapshot is worked out once. */
    public static Check against(Snapshot now, DisclosureRules nowRules) {
        return new Check(new Side(now, nowRules.minSellers()), nowRules);
    }

    /** A new release, ready to be compared with each earlier release of overlapping period. */
    public static final class Check {

        private final Side now;
        private final DisclosureRules nowRules;
        private final Set<CellKey> nowCells;

        private Check(Side now, DisclosureRules nowRules) {
            this.now = now;
            this.nowRules = nowRules;
            this.nowCells = now.allCells();
        }

        /**
         * @param earlier       an earlier release's snapshot
         * @param earlierRules  the rules it was computed with (its grouping of rare channels)
         * @param earlierReport what it published
         */
        public Outcome compare(Snapshot earlier, DisclosureRules earlierRules, MarketReport earlierReport) {
            Set<CellKey> published = new HashSet<>();
            Stream.of(List.of(earlierReport.total()), earlierReport.kinds(), earlierReport.channels(),
                            earlierReport.quarterTotals(), earlierReport.channelQuarters()).flatMap(List::stream)
                    .filter(c -> c.status() != MarketCell.Status.SUPPRESSED).forEach(c -> published.add(c.key()));
            if (published.isEmpty()) {
                return Outcome.none();
            }
            Side before = new Side(earlier, earlierRules.minSellers());
            Set<String> suspects = new HashSet<>();
            now.changedFrom(before, suspects);
            before.changedFrom(now, suspects);
            // members on a channel grouped differently contribute to other cells, though their rows are the same
            Set<String> regrouped = regrouped(now.snapshot, now.labels, earlier, before.labels);
            if (!regrouped.isEmpty()) {
                addUsers(now.snapshot, regrouped, suspects);
                addUsers(earlier, regrouped, suspects);
            }

            Map<CellKey, Change> changes = new HashMap<>();
            Map<CellKey, long[]> mine = new HashMap<>();
            for (String seller : suspects) {
                mine.clear();
                now.add(seller, mine, 0);
                before.add(seller, mine, 1);
                mine.forEach((cell, v) -> {
                    if (v[0] != v[1]) {
                        changes.computeIfAbsent(cell, k -> new Change()).add(Math.abs(v[0] - v[1]));
                    }
                });
            }

            Set<CellKey> forced = new HashSet<>();
            Set<CellKey> known = new HashSet<>();
            for (CellKey cell : published) {
                Change change = changes.get(cell);
                if (change == null) {
                    known.add(cell);
                } else if (nowCells.contains(cell) && change.disclosive(nowRules)) {
                    forced.add(cell);
                }
            }
            return new Outcome(forced, known);
        }
    }

    /** What the comparison needs of one snapshot: its channels' labels, its members by id, their rows and fingerprints. */
    private static final class Side {

        final Snapshot snapshot;
        final int[][] rows;
        final String[] labels;
        final Map<String, Integer> numbers;
        final long[] prints;

        Side(Snapshot snapshot, int minSellers) {
            Snapshot.Index index = snapshot.index(s -> {
                int[][] bySeller = rowsBySeller(s);
                return new Snapshot.Index(bySeller, numbers(s, bySeller), fingerprints(s));
            });
            this.snapshot = snapshot;
            this.rows = index.rows();
            this.labels = labels(snapshot, rows, minSellers);
            this.numbers = index.numbers();
            this.prints = index.prints();
        }

        /** Adds to {@code out} the members of this side who are absent from {@code other} or whose rows differ there. */
        void changedFrom(Side other, Set<String> out) {
            for (Map.Entry<String, Integer> e : numbers.entrySet()) {
                Integer there = other.numbers.get(e.getKey());
                if (there == null || other.prints[there] != prints[e.getValue()]) {
                    out.add(e.getKey());
                }
            }
        }

        /** Adds the seller's contribution to each cell to {@code mine[cell][slot]}. */
        void add(String seller, Map<CellKey, long[]> mine, int slot) {
            Integer n = numbers.get(seller);
            if (n != null) {
                for (int r : rows[n]) {
                    for (CellKey cell : cells(snapshot, labels, r)) {
                        mine.computeIfAbsent(cell, k -> new long[2])[slot] += snapshot.cents(r);
                    }
                }
            }
        }

        /** Every cell some row falls in, from the distinct channel × quarter pairs (a few dozen, not a million rows). */
        Set<CellKey> allCells() {
            Set<Long> pairs = new HashSet<>();
            Set<CellKey> out = new HashSet<>();
            for (int r = 0; r < snapshot.size(); r++) {
                if (pairs.add(((long) snapshot.channelNumber(r) << 32) | (snapshot.quarter(r) & 0xffffffffL))) {
                    out.addAll(cells(snapshot, labels, r));
                }
            }
            return out;
        }
    }

    /** The members whose contribution changed in one cell, as a cell of their own: how many, the largest change, the sum. */
    private static final class Change {
        long members;
        long largest;
        long sum;

        void add(long change) {
            members++;
            largest = Math.max(largest, change);
            sum = Math.addExact(sum, change);
        }

        boolean disclosive(DisclosureRules rules) {
            return members < rules.minSellers() || BigDecimal.valueOf(largest)
                    .compareTo(rules.dominance().multiply(BigDecimal.valueOf(sum))) > 0;
        }
    }

    /** The cells a snapshot's row falls in, with its channels grouped as {@code labels} says. */
    private static List<CellKey> cells(Snapshot s, String[] labels, int row) {
        QuarterlySums.Channel c = s.channelOf(row);
        String label = labels[s.channelNumber(row)];
        String quarter = QuarterlySums.quarterLabel(s.quarter(row));
        return List.of(CellKey.channelQuarter(label, c.kind(), quarter), CellKey.channel(label, c.kind()),
                CellKey.kind(c.kind()), CellKey.quarter(quarter), CellKey.total());
    }

    /**
     * Each channel's row label, as {@code CellAggregation} decides it: its name when at least {@code minSellers}
     * members have positive revenue on it over the period, else {@link MarketComputation#OTHER}.
     */
    static String[] labels(Snapshot s, int minSellers) {
        return labels(s, rowsBySeller(s), minSellers);
    }

    private static String[] labels(Snapshot s, int[][] rowsBySeller, int minSellers) {
        int nc = s.channels().size();
        int[] users = new int[nc];
        long[] sum = new long[nc];
        for (int[] rows : rowsBySeller) {
            for (int r : rows) {
                sum[s.channelNumber(r)] += s.cents(r);
            }
            for (int r : rows) {
                int c = s.channelNumber(r);
                if (sum[c] > 0) {
                    users[c]++;
                }
                sum[c] = 0;
            }
        }
        String[] labels = new String[nc];
        for (int c = 0; c < nc; c++) {
            labels[c] = users[c] >= minSellers ? s.channels().get(c).name() : MarketComputation.OTHER;
        }
        return labels;
    }

    private static Set<String> regrouped(Snapshot now, String[] nowLabels, Snapshot earlier, String[] earlierLabels) {
        Map<String, String> before = new HashMap<>();
        for (int c = 0; c < earlier.channels().size(); c++) {
            before.put(key(earlier.channels().get(c)), earlierLabels[c]);
        }
        Set<String> out = new HashSet<>();
        for (int c = 0; c < now.channels().size(); c++) {
            String k = key(now.channels().get(c));
            String was = before.get(k);
            if (was != null && !was.equals(nowLabels[c])) {
                out.add(k);
            }
        }
        return out;
    }

    private static void addUsers(Snapshot s, Set<String> channels, Set<String> sellers) {
        boolean[] on = new boolean[s.channels().size()];
        for (int c = 0; c < on.length; c++) {
            on[c] = channels.contains(key(s.channels().get(c)));
        }
        for (int r = 0; r < s.size(); r++) {
            if (on[s.channelNumber(r)]) {
                sellers.add(s.sellerOf(r));
            }
        }
    }

    private static String key(QuarterlySums.Channel c) {
        return c.name() + '\u0000' + c.kind().name();
    }

    private static Map<String, Integer> numbers(Snapshot s, int[][] rowsBySeller) {
        Map<String, Integer> out = new HashMap<>(rowsBySeller.length * 2);
        for (int n = 0; n < rowsBySeller.length; n++) {
            if (rowsBySeller[n].length > 0) {
                out.put(s.seller(n), n);
            }
        }
        return out;
    }

    private static int[][] rowsBySeller(Snapshot s) {
        int[] counts = new int[s.sellerCount()];
        for (int r = 0; r < s.size(); r++) {
            counts[s.sellerNumber(r)]++;
        }
        int[][] out = new int[s.sellerCount()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new int[counts[i]];
            counts[i] = 0;
        }
        for (int r = 0; r < s.size(); r++) {
            int seller = s.sellerNumber(r);
            out[seller][counts[seller]++] = r;
        }
        return out;
    }

    /** Per seller number: the sum of a 64-bit mix of each of her rows (channel, kind, quarter, cents), so order does not matter. */
    private static long[] fingerprints(Snapshot s) {
        long[] channelPrints = new long[s.channels().size()];
        for (int c = 0; c < channelPrints.length; c++) {
            QuarterlySums.Channel channel = s.channels().get(c);
            channelPrints[c] = fnv(channel.name()) * 31 + channel.kind().ordinal();
        }
        long[] out = new long[s.sellerCount()];
        for (int r = 0; r < s.size(); r++) {
            long h = mix(channelPrints[s.channelNumber(r)] ^ mix(s.quarter(r) + 0x9E3779B97F4A7C15L) ^ mix(s.cents(r) * 0xC2B2AE3D27D4EB4FL + 1));
            out[s.sellerNumber(r)] += h;
        }
        return out;
    }

    private static long fnv(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** splitmix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
