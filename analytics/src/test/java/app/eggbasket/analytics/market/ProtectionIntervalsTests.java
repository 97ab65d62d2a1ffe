package app.eggbasket.analytics.market;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 2×2 table with its margins and grand total, where one seller alone makes cell (1,1). Secondary suppression
 * withholds the other three inner cells: no cell can be computed exactly any more, but with the published margins
 * and non-negative revenue an attacker still pins the lone seller's 50.00 to [47.00, 250.00], within 6 % below.
 */
class ProtectionIntervalsTests {

    private static final int X11 = 0;
    private static final int X12 = 1;
    private static final int X21 = 2;
    private static final int X22 = 3;
    private static final int R1 = 4;
    private static final int R2 = 5;
    private static final int C1 = 6;
    private static final int C2 = 7;
    private static final int TOTAL = 8;

    private static final DisclosureRules EXACT_ONLY = DisclosureRules.DEFAULT.withProtectionLevel(BigDecimal.ZERO);

    @Test
    void aTableThatPassesTheExactAuditCanStillNarrowALoneSellersCell() {
        List<Disclosure.CellFacts> cells = table("3.00");
        Disclosure.Status[] status = Disclosure.apply(cells, equations(), EXACT_ONLY);

        assertThat(status[X11]).isEqualTo(Disclosure.Status.FREQUENCY);
        assertThat(suppressed(status)).containsExactly(X11, X12, X21, X22);
        assertThat(LinearAudit.determined(suppressed(status), equations())).isEmpty();

        ProtectionIntervals.Interval interval = ProtectionIntervals.interval(X11, cells, equations(), status, Set.of());
        assertThat(interval.low()).isEqualByComparingTo("47.00");
        assertThat(interval.high()).isEqualByComparingTo("250.00");
        assertThat(interval.protects(new BigDecimal("50.00"), new BigDecimal("0.10"))).isFalse();
        assertThat(ProtectionIntervals.firstUnprotected(cells, equations(), status, Set.of(), new BigDecimal("0.10")))
                .contains(X11);
    }

    @Test
    void theIntervalAuditSuppressesMoreUntilTheLoneSellerIsProtected() {
        List<Disclosure.CellFacts> cells = table("3.00");
        Disclosure.Status[] status = Disclosure.apply(cells, equations(), DisclosureRules.DEFAULT);

        assertThat(suppressed(status)).contains(X11, X12, X21, X22).hasSizeGreaterThan(4);
        assertThat(LinearAudit.determined(suppressed(status), equations())).isEmpty();
        ProtectionIntervals.Interval interval = ProtectionIntervals.interval(X11, cells, equations(), status, Set.of());
        assertThat(interval.protects(new BigDecimal("50.00"), new BigDecimal("0.10")))
                .as("interval [%s, %s] around 50.00", interval.low(), interval.high()).isTrue();
        assertThat(ProtectionIntervals.firstUnprotected(cells, equations(), status, Set.of(), new BigDecimal("0.10")))
                .isEmpty();
        assertThat(status[TOTAL]).as("the grand total stays published").isEqualTo(Disclosure.Status.PUBLISHED);
    }

    @Test
    void aWideEnoughIntervalNeedsNoMoreSuppression() {
        // cell (2,2) of 30.00: the lone seller's cell can go down to 20.00, more than 10 % below 50.00
        List<Disclosure.CellFacts> cells = table("30.00");
        Disclosure.Status[] exact = Disclosure.apply(cells, equations(), EXACT_ONLY);
        Disclosure.Status[] audited = Disclosure.apply(cells, equations(), DisclosureRules.DEFAULT);

        assertThat(audited).containsExactly(exact);
        assertThat(ProtectionIntervals.interval(X11, cells, equations(), audited, Set.of()).low())
                .isEqualByComparingTo("20.00");
    }

    @Test
    void theProtectionLevelIsAFraction() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> DisclosureRules.DEFAULT.withProtectionLevel(new BigDecimal("1.5")))
                .hasMessageContaining("protection level");
        assertThat(DisclosureRules.DEFAULT.protectionLevel()).isEqualByComparingTo("0.10");
    }

    /** x11 = 50.00 (one seller), x12 = x21 = 200.00, x22 as given; margins and the grand total follow. */
    private static List<Disclosure.CellFacts> table(String x22) {
        BigDecimal d = new BigDecimal(x22);
        List<Disclosure.CellFacts> cells = new ArrayList<>();
        cells.add(cell(1, "50.00", "50.00"));
        cells.add(cell(5, "200.00", "60.00"));
        cells.add(cell(5, "200.00", "60.00"));
        cells.add(cell(3, d.toPlainString(), d.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.UP).toPlainString()));
        cells.add(cell(6, "250.00", "60.00"));
        cells.add(cell(8, d.add(new BigDecimal("200.00")).toPlainString(), "60.00"));
        cells.add(cell(6, "250.00", "60.00"));
        cells.add(cell(8, d.add(new BigDecimal("200.00")).toPlainString(), "60.00"));
        cells.add(cell(14, d.add(new BigDecimal("450.00")).toPlainString(), "60.00"));
        return cells;
    }

    private static List<Disclosure.Equation> equations() {
        return List.of(
                new Disclosure.Equation(R1, List.of(X11, X12)),
                new Disclosure.Equation(R2, List.of(X21, X22)),
                new Disclosure.Equation(C1, List.of(X11, X21)),
                new Disclosure.Equation(C2, List.of(X12, X22)),
                new Disclosure.Equation(TOTAL, List.of(R1, R2)),
                new Disclosure.Equation(TOTAL, List.of(C1, C2)));
    }

    private static Disclosure.CellFacts cell(long sellers, String revenue, String largest) {
        BigDecimal value = new BigDecimal(revenue);
        return new Disclosure.CellFacts(sellers, value, new BigDecimal(largest), value, false);
    }

    private static Set<Integer> suppressed(Disclosure.Status[] status) {
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < status.length; i++) {
            if (status[i].suppressed()) {
                out.add(i);
            }
        }
        return out;
    }
}
