package app.eggbasket.analytics.report;

import app.eggbasket.analytics.currency.UnconvertedLines;
import app.eggbasket.analytics.engine.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LeftOutTests {

    private static final LocalDate RATES_FROM = LocalDate.of(1999, 1, 4);
    private static final LocalDate RATES_UNTIL = LocalDate.of(2026, 8, 21);
    private static final Period YEARS_2015_TO_2026 = new Period(LocalDate.of(2015, 1, 1), LocalDate.of(2027, 1, 1));

    @Test
    void nothingUnconvertedIsNothingLeftOut() {
        assertThat(LeftOut.of(List.of(), YEARS_2015_TO_2026, RATES_FROM, RATES_UNTIL)).isNull();
    }

    @Test
    void oldLinesSuggestThePeriodAfterThem() {
        LeftOut leftOut = LeftOut.of(List.of(usd(LocalDate.of(2015, 3, 2), LocalDate.of(2016, 11, 20), 3)),
                YEARS_2015_TO_2026, RATES_FROM, RATES_UNTIL);

        assertThat(leftOut.lines()).isEqualTo(3);
        assertThat(leftOut.periodWithout()).isEqualTo(new Period(LocalDate.of(2016, 11, 21), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void recentLinesSuggestThePeriodBeforeThemAndCountsAddUp() {
        LeftOut leftOut = LeftOut.of(List.of(usd(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 1), 5),
                        new UnconvertedLines("GBP", LocalDate.of(2026, 8, 30), LocalDate.of(2026, 10, 1), 2, BigDecimal.TEN)),
                YEARS_2015_TO_2026, RATES_FROM, RATES_UNTIL);

        assertThat(leftOut.lines()).isEqualTo(7);
        assertThat(leftOut.periodWithout()).isEqualTo(new Period(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 8, 30)));
    }

    @Test
    void linesAtBothEndsLeaveTheLongerSideAndLinesEverywhereLeaveNone() {
        Period year = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        assertThat(LeftOut.of(List.of(usd(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 11, 30), 2)), year,
                RATES_FROM, RATES_UNTIL).periodWithout())
                .isEqualTo(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)));
        assertThat(LeftOut.of(List.of(usd(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 2)), year,
                RATES_FROM, RATES_UNTIL).periodWithout()).isNull();
    }

    private static UnconvertedLines usd(LocalDate first, LocalDate last, long lines) {
        return new UnconvertedLines("USD", first, last, lines, new BigDecimal("12.50"));
    }
}
