package app.eggbasket.analytics.edition;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.engine.Period;
import app.eggbasket.analytics.market.CellKey;
import app.eggbasket.analytics.market.MarketAnalytics;
import app.eggbasket.analytics.market.MarketComputation;
import app.eggbasket.analytics.market.MarketReport;
import app.eggbasket.ingestion.sale.ChannelKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack of issue 13: two releases whose members differ by one — she withdrew her consent in between — give her
 * figures away by subtraction, unless the disclosure step compares the new release with the earlier one.
 */
class DifferencingAttackTests {

    @TempDir
    Path data;

    private EditionFixture f;

    @BeforeEach
    void members() {
        f = new EditionFixture(data);
        // five members on Etsy in both quarters of the first half of 2026; two of them on their own shop too
        String[] sellers = {"ana", "ben", "cleo", "dora", "emma"};
        String[] q1 = {"310.00", "420.00", "150.00", "275.00", "198.00"};
        String[] q2 = {"330.00", "405.00", "160.00", "290.00", "210.00"};
        for (int i = 0; i < sellers.length; i++) {
            f.sale(sellers[i], "etsy", ChannelKind.MARKETPLACE, "2026-02-1" + i, q1[i]);
            f.sale(sellers[i], "etsy", ChannelKind.MARKETPLACE, "2026-05-1" + i, q2[i]);
        }
        f.sale("ana", "own-shop", ChannelKind.OWN_SHOP, "2026-05-03", "120.00");
        f.sale("ben", "own-shop", ChannelKind.OWN_SHOP, "2026-05-04", "80.00");
        f.sale("cleo", "own-shop", ChannelKind.OWN_SHOP, "2026-05-05", "95.00");
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** What a naive second release would have published: the same computation without the earlier release. */
    private MarketReport naive(String period) {
        EditionPeriod p = EditionPeriod.parse(period);
        return MarketComputation.of(f.engine.marketSums(f.consents.consenting(), new Period(p.from(), p.to()),
                MarketAnalytics.CURRENCY), f.publisher.rulesOf(f.coop), RiskThresholds.DEFAULT, p.from(), p.to(),
                f.consents.consenting().size()).published();
    }

    private static final CellKey ETSY_Q2 = CellKey.channelQuarter("etsy", ChannelKind.MARKETPLACE, "2026-Q2");

    @Test
    void twoEditionsOfTheSameQuarterNoLongerGiveAwayTheMemberWhoWithdrewInBetween() {
        Release first = f.publish("2026-Q2");
        assertThat(first.contributing()).isEqualTo(5);
        Map<CellKey, BigDecimal> before = EditionFixture.publishedRevenue(first.report());
        assertThat(before).containsKey(ETSY_Q2);
        assertThat(before.get(ETSY_Q2)).isEqualByComparingTo("1395.00");

        f.consents.withdraw("dora");

        // the attack works on a release that ignores the first: Etsy in Q2 minus Etsy in Q2 is Dora's 290.00
        Map<CellKey, BigDecimal> naive = EditionFixture.publishedRevenue(naive("2026-Q2"));
        assertThat(before.get(ETSY_Q2).subtract(naive.get(ETSY_Q2))).isEqualByComparingTo("290.00");

        Release second = f.publish("2026-Q2");
        assertThat(second.edition()).isEqualTo(2);
        assertThat(second.contributing()).isEqualTo(4);
        Map<CellKey, BigDecimal> after = EditionFixture.publishedRevenue(second.report());
        // every cell both editions publish has the same value: subtracting them gives nothing away
        after.forEach((key, revenue) -> {
            if (before.containsKey(key)) {
                assertThat(revenue).as("%s in both editions", key).isEqualByComparingTo(before.get(key));
            }
        });
        assertThat(after).doesNotContainKey(ETSY_Q2);
        // what she did not change is still published: the own shops (she has none)
        assertThat(after).containsKey(CellKey.channel("own-shop", ChannelKind.OWN_SHOP));
        assertThat(second.withheldForDifferencing()).isPositive();
    }

    @Test
    void editionsOfOverlappingPeriodsNoLongerGiveAwayTheMemberWhoWithdrewInBetween() {
        Release half = f.publish("2026-H1");
        Map<CellKey, BigDecimal> before = EditionFixture.publishedRevenue(half.report());
        assertThat(before.get(ETSY_Q2)).isEqualByComparingTo("1395.00");

        f.consents.withdraw("emma");
        Map<CellKey, BigDecimal> naive = EditionFixture.publishedRevenue(naive("2026-Q2"));
        assertThat(before.get(ETSY_Q2).subtract(naive.get(ETSY_Q2))).isEqualByComparingTo("210.00");

        Release quarter = f.publish("2026-Q2");
        Map<CellKey, BigDecimal> after = EditionFixture.publishedRevenue(quarter.report());
        assertThat(after).doesNotContainKey(ETSY_Q2);
        // the quarter's Etsy total is its only quarter: it would give the cell back, so it is withheld too
        assertThat(after).doesNotContainKey(CellKey.channel("etsy", ChannelKind.MARKETPLACE));
        for (CellKey key : after.keySet()) {
            if (key.quarter() != null && before.containsKey(key)) {
                assertThat(after.get(key)).as("%s", key).isEqualByComparingTo(before.get(key));
            }
        }
    }

    @Test
    void aSecondPreviewWithNothingChangedPublishesTheSameTables() {
        Release first = f.publish("2026-Q2");
        Release again = f.preview("2026-Q2");
        assertThat(EditionFixture.publishedRevenue(again.report())).isEqualTo(EditionFixture.publishedRevenue(first.report()));
        assertThat(again.withheldForDifferencing()).isZero();
    }

    @Test
    void membersJoiningInNumbersDoNotWithholdAnything() {
        Release first = f.publish("2026-Q2");
        for (String s : new String[] {"fanny", "gael", "hugo"}) {
            f.sale(s, "etsy", ChannelKind.MARKETPLACE, "2026-06-01", "100.00");
        }
        Release second = f.preview("2026-Q2");
        assertThat(second.withheldForDifferencing()).isZero();
        assertThat(EditionFixture.publishedRevenue(second.report()).get(ETSY_Q2))
                .isEqualByComparingTo(EditionFixture.publishedRevenue(first.report()).get(ETSY_Q2).add(new BigDecimal("300.00")));
    }

    @Test
    void aNewEditionIsNotChangedByLaterUploadsOrConsents() {
        Release first = f.publish("2026-Q2");
        f.sale("ana", "etsy", ChannelKind.MARKETPLACE, "2026-06-20", "999.00");
        f.consents.withdraw("ben");
        Release read = new Releases(data, "alpes").edition(1).orElseThrow();
        assertThat(read.report()).isEqualTo(first.report());
        assertThat(read.publishedAt()).isEqualTo(EditionFixture.NOW);
        assertThat(read.period().coveredTo(LocalDate.of(2026, 7, 15))).isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
