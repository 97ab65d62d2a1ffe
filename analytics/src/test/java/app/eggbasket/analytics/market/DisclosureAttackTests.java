package app.eggbasket.analytics.market;

import app.eggbasket.analytics.concentration.Risk;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.eggbasket.ingestion.sale.ChannelKind.IN_PERSON;
import static app.eggbasket.ingestion.sale.ChannelKind.MARKETPLACE;
import static app.eggbasket.ingestion.sale.ChannelKind.OWN_SHOP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds the attack on the published market report: from the published tables and their totals, try to
 * recover each suppressed cell by differencing rows and columns (and by solving every equation at once).
 * Without secondary suppression it succeeds; with it, it fails.
 *
 * <p>The cooperative: six sellers on Etsy, four with their own shop, and the markets channel used by
 * s1, s2, s3 in 2025-Q1 and by s5 alone in 2025-Q2 (40.00 EUR), so (markets, 2025-Q2) fails the frequency rule.
 */
class DisclosureAttackTests {

    static MarketRows cooperative() {
        MarketRows rows = new MarketRows();
        String[] etsyQ1 = {"100", "200", "300", "400", "500", "600"};
        String[] etsyQ2 = {"110", "210", "310", "410", "510", "610"};
        for (int i = 0; i < 6; i++) {
            rows.add("s" + (i + 1), "etsy", MARKETPLACE, "2025-Q1", etsyQ1[i]);
            rows.add("s" + (i + 1), "etsy", MARKETPLACE, "2025-Q2", etsyQ2[i]);
        }
        String[] shopQ1 = {"50", "60", "70", "80"};
        String[] shopQ2 = {"55", "65", "75", "85"};
        for (int i = 0; i < 4; i++) {
            rows.add("s" + (i + 1), "own-shop", OWN_SHOP, "2025-Q1", shopQ1[i]);
            rows.add("s" + (i + 1), "own-shop", OWN_SHOP, "2025-Q2", shopQ2[i]);
        }
        rows.add("s1", "markets", IN_PERSON, "2025-Q1", "10");
        rows.add("s2", "markets", IN_PERSON, "2025-Q1", "20");
        rows.add("s3", "markets", IN_PERSON, "2025-Q1", "30");
        rows.add("s5", "markets", IN_PERSON, "2025-Q2", "40");
        return rows;
    }

    private static final CellKey MARKETS_Q2 = CellKey.channelQuarter("markets", IN_PERSON, "2025-Q2");

    @Test
    void withoutSecondarySuppressionDifferencingRecoversTheSuppressedCell() {
        MarketComputation computed = cooperative().compute(DisclosureRules.DEFAULT.withoutSecondary());
        assertThat(computed.status(MARKETS_Q2)).isEqualTo(Disclosure.Status.FREQUENCY);

        Attacker attacker = new Attacker(computed.published());
        assertThat(attacker.suppressed()).containsExactly(MARKETS_Q2);

        // markets over the period (100.00) minus markets in Q1 (60.00) = 40.00, s5's sales at markets in Q2
        assertThat(attacker.byDifferencing()).containsEntry(MARKETS_Q2, new BigDecimal("40.00"));
        assertThat(attacker.byElimination()).containsEntry(MARKETS_Q2, new BigDecimal("40.00"));
        assertThat(computed.truth(MARKETS_Q2).revenue()).isEqualByComparingTo("40.00");
    }

    @Test
    void withSecondarySuppressionNoSuppressedCellCanBeRecovered() {
        MarketComputation computed = cooperative().compute(DisclosureRules.DEFAULT);
        MarketReport report = computed.published();
        Attacker attacker = new Attacker(report);

        assertThat(attacker.suppressed()).contains(MARKETS_Q2).hasSizeGreaterThan(1);
        assertThat(attacker.byDifferencing()).isEmpty();
        assertThat(attacker.byElimination()).isEmpty();
        // the complementary suppressions chosen by hand: the smallest other cell of each row and column
        assertThat(attacker.suppressed()).containsExactlyInAnyOrder(MARKETS_Q2,
                CellKey.channelQuarter("markets", IN_PERSON, "2025-Q1"),
                CellKey.channelQuarter("own-shop", OWN_SHOP, "2025-Q1"),
                CellKey.channelQuarter("own-shop", OWN_SHOP, "2025-Q2"));
        assertThat(computed.status(CellKey.channelQuarter("own-shop", OWN_SHOP, "2025-Q1"))).isEqualTo(Disclosure.Status.SECONDARY);
    }

    @Test
    void theLinearAuditCatchesACellThatRowAndColumnRulesMiss() {
        // a 4 x 4 table with margins; suppressed: two 2 x 2 blocks joined by one bridging cell (r2, c3).
        // Every row and column holds 0 or at least 2 suppressions, yet rows r1 + r2 minus columns c1 + c2 give (r2, c3).
        int rowsN = 4;
        int colsN = 4;
        List<Disclosure.CellFacts> cells = new ArrayList<>();
        List<Disclosure.Equation> equations = new ArrayList<>();
        Set<String> primary = Set.of("0,0", "0,1", "1,0", "1,1", "2,2", "2,3", "3,2", "3,3", "1,2");
        for (int r = 0; r < rowsN; r++) {
            for (int c = 0; c < colsN; c++) {
                boolean small = primary.contains(r + "," + c);
                cells.add(facts(small ? 1 : 5, 100 + r * 10 + c));
            }
        }
        int rowTotal = cells.size();
        for (int r = 0; r < rowsN; r++) {
            cells.add(facts(20, 4 * (100 + r * 10) + 6)); // the row's sum: the tables add up
        }
        int colTotal = cells.size();
        for (int c = 0; c < colsN; c++) {
            cells.add(facts(20, 4 * (100 + c) + 60)); // the column's sum
        }
        for (int r = 0; r < rowsN; r++) {
            List<Integer> parts = new ArrayList<>();
            for (int c = 0; c < colsN; c++) {
                parts.add(r * colsN + c);
            }
            equations.add(new Disclosure.Equation(rowTotal + r, parts));
        }
        for (int c = 0; c < colsN; c++) {
            List<Integer> parts = new ArrayList<>();
            for (int r = 0; r < rowsN; r++) {
                parts.add(r * colsN + c);
            }
            equations.add(new Disclosure.Equation(colTotal + c, parts));
        }
        Set<Integer> suppressedByPrimary = new java.util.TreeSet<>();
        for (int i = 0; i < cells.size(); i++) {
            if (Disclosure.primary(cells.get(i), DisclosureRules.DEFAULT).suppressed()) {
                suppressedByPrimary.add(i);
            }
        }
        assertThat(LinearAudit.determined(suppressedByPrimary, equations)).containsExactly(1 * colsN + 2);

        Disclosure.Status[] status = Disclosure.apply(cells, equations, DisclosureRules.DEFAULT);
        Set<Integer> after = new java.util.TreeSet<>();
        for (int i = 0; i < status.length; i++) {
            if (status[i].suppressed()) {
                after.add(i);
            }
        }
        assertThat(after).containsAll(suppressedByPrimary).hasSizeGreaterThan(suppressedByPrimary.size());
        assertThat(LinearAudit.determined(after, equations)).isEmpty();
    }

    private static Disclosure.CellFacts facts(long sellers, long revenue) {
        BigDecimal value = BigDecimal.valueOf(revenue);
        return new Disclosure.CellFacts(sellers, value, value.divide(BigDecimal.TEN), value, false);
    }

    @Test
    void dominanceRuleSuppressesACellWhereOneSellerMakesMoreThan85Percent() {
        MarketRows rows = new MarketRows()
                .add("a", "etsy", MARKETPLACE, "2025-Q1", "860")
                .add("b", "etsy", MARKETPLACE, "2025-Q1", "70")
                .add("c", "etsy", MARKETPLACE, "2025-Q1", "70");
        assertThat(rows.compute(DisclosureRules.DEFAULT).status(CellKey.channel("etsy", MARKETPLACE)))
                .isEqualTo(Disclosure.Status.DOMINANCE);

        MarketRows exactly = new MarketRows()
                .add("a", "etsy", MARKETPLACE, "2025-Q1", "850")
                .add("b", "etsy", MARKETPLACE, "2025-Q1", "75")
                .add("c", "etsy", MARKETPLACE, "2025-Q1", "75");
        assertThat(exactly.compute(DisclosureRules.DEFAULT).status(CellKey.channel("etsy", MARKETPLACE)))
                .as("85%% exactly is not more than 85%%").isEqualTo(Disclosure.Status.PUBLISHED);
        assertThat(exactly.compute(new DisclosureRules(3, new BigDecimal("0.80"))).status(CellKey.channel("etsy", MARKETPLACE)))
                .isEqualTo(Disclosure.Status.DOMINANCE);
    }

    @Test
    void frequencyRuleIsConfigurable() {
        MarketComputation eleven = cooperative().compute(new DisclosureRules(11, new BigDecimal("0.85")));
        MarketReport report = eleven.published();
        assertThat(report.total().status()).isEqualTo(MarketCell.Status.SUPPRESSED);
        // fewer contributing sellers than the rule: nothing leaves, not even which channels, kinds or quarters exist
        assertThat(report.channels()).isEmpty();
        assertThat(report.kinds()).isEmpty();
        assertThat(report.quarters()).isEmpty();
        assertThat(report.channelQuarters()).isEmpty();
        assertThat(report.from()).isNull();
        assertThat(eleven.truth(CellKey.total()).sellers()).as("the cooperative does have sellers").isPositive();
    }

    @Test
    void smallCellsGiveNoQuantilesAndNoCountOfOneOrTwo() {
        MarketCell etsy = cooperative().compute(DisclosureRules.DEFAULT).published().channels().stream()
                .filter(c -> c.key().channel().equals("etsy")).findFirst().orElseThrow();
        assertThat(etsy.figures().sellers()).isEqualTo(6).isLessThan(DisclosureRules.DEFAULT.quantileMinSellers());
        assertThat(etsy.figures().medianShare()).isNull();
        assertThat(etsy.figures().topPlatformShare()).isNull();

        // five sellers: 4 CRITICAL on Etsy, 1 LOW with her own shop; the 1 is withheld, and the 0 of MODERATE with it,
        // or the total of 5 would give it back
        MarketRows rows = new MarketRows();
        for (String s : new String[]{"a", "b", "c", "d"}) {
            rows.add(s, "etsy", MARKETPLACE, "2025-Q1", "100");
        }
        rows.add("e", "own-shop", OWN_SHOP, "2025-Q1", "100");
        MarketCell total = rows.compute(DisclosureRules.DEFAULT).published().total();
        assertThat(total.figures().sellers()).isEqualTo(5);
        assertThat(total.figures().risk()).containsEntry(Risk.CRITICAL, 4L).doesNotContainKey(Risk.LOW)
                .hasSize(2);
        assertThat(rows.compute(DisclosureRules.DEFAULT).truth(CellKey.total()).risk()).containsEntry(Risk.LOW, 1L);
    }

    @Test
    void figuresOfThePublishedEtsyCellCheckedByHand() {
        // quantiles of 6 sellers are published only under rules that allow them (default: 10 sellers)
        MarketCell etsy = cooperative().compute(DisclosureRules.DEFAULT.withQuantileMinSellers(6)).published().channels().stream()
                .filter(c -> c.key().channel().equals("etsy")).findFirst().orElseThrow();

        assertThat(etsy.status()).isEqualTo(MarketCell.Status.PUBLISHED);
        MarketCell.Figures f = etsy.figures();
        assertThat(f.sellers()).isEqualTo(6);
        assertThat(f.revenue()).isEqualByComparingTo("4260.00"); // 2100 in Q1 + 2160 in Q2
        // Etsy shares: s1 210/325, s2 410/555, s3 610/785, s4 810/975, s5 1010/1050, s6 1;
        // median = (0.777070 + 0.830769) / 2 = 0.80392
        assertThat(f.medianShare()).isEqualByComparingTo("0.8039");
        // topPlatformShare = the Etsy share, rounded to 4 decimals first: 0.6462 0.7387 0.7771 0.8308 0.9619 1.0000
        assertThat(f.topPlatformShare().q1()).isEqualByComparingTo("0.7483"); // 0.7387 + 0.25 x (0.7771 - 0.7387)
        assertThat(f.topPlatformShare().median()).isEqualByComparingTo("0.8040"); // (0.7771 + 0.8308) / 2 = 0.80395
        assertThat(f.topPlatformShare().q3()).isEqualByComparingTo("0.9291"); // 0.8308 + 0.75 x (0.9619 - 0.8308)
        assertThat(f.risk()).containsEntry(Risk.CRITICAL, 6L).containsEntry(Risk.LOW, 0L);
    }

    @Test
    void aSellerWithSeveralChannelsOfOneKindCountsOnceInTheKindCell() {
        MarketRows rows = new MarketRows()
                .add("a", "etsy", MARKETPLACE, "2025-Q1", "300")
                .add("a", "ebay", MARKETPLACE, "2025-Q1", "100")
                .add("a", "own-shop", OWN_SHOP, "2025-Q1", "100")
                .add("b", "etsy", MARKETPLACE, "2025-Q1", "100")
                .add("b", "own-shop", OWN_SHOP, "2025-Q1", "100")
                .add("c", "etsy", MARKETPLACE, "2025-Q1", "100")
                .add("c", "own-shop", OWN_SHOP, "2025-Q1", "300");
        MarketComputation computed = rows.compute(new DisclosureRules(1, BigDecimal.ONE));
        MarketCell.Figures marketplace = computed.truth(CellKey.kind(MARKETPLACE));

        assertThat(marketplace.sellers()).isEqualTo(3);
        assertThat(marketplace.revenue()).isEqualByComparingTo("600.00");
        // a: (300 + 100) / 500 = 0.8, b: 0.5, c: 0.25 -> median 0.5
        assertThat(marketplace.medianShare()).isEqualByComparingTo("0.5000");
        // ebay is used by one seller only: grouped as "(other)" under MARKETPLACE, its name never published
        assertThat(rows.compute(DisclosureRules.DEFAULT).keys()).contains(CellKey.channel(MarketComputation.OTHER, MARKETPLACE))
                .doesNotContain(CellKey.channel("ebay", MARKETPLACE));
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        List<BigDecimal> values = List.of(new BigDecimal("0.1"), new BigDecimal("0.4"), new BigDecimal("0.2"), new BigDecimal("0.3"));
        assertThat(MarketComputation.quantile(values, new BigDecimal("0.5"))).isEqualByComparingTo("0.25");
        assertThat(MarketComputation.quantile(values, new BigDecimal("0.25"))).isEqualByComparingTo("0.175");
        assertThat(MarketComputation.quantile(List.of(new BigDecimal("0.7")), new BigDecimal("0.75"))).isEqualByComparingTo("0.7");
    }

    @Test
    void suppressedCellsCarryNoFigureAndTheReasonIsNotPublished() {
        MarketReport report = cooperative().compute(DisclosureRules.DEFAULT).published();
        List<MarketCell> suppressed = report.channelQuarters().stream()
                .filter(c -> c.status() == MarketCell.Status.SUPPRESSED).toList();
        assertThat(suppressed).isNotEmpty().allSatisfy(c -> assertThat(c.figures()).isNull());
        assertThat(Map.of("statuses", MarketCell.Status.values())).extractingByKey("statuses")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.ARRAY)
                .containsExactly(MarketCell.Status.PUBLISHED, MarketCell.Status.SUPPRESSED, MarketCell.Status.EMPTY);
    }
}
