package app.eggbasket.dashboard.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Days, months and amounts per language: never 07/12/2026, which reads as the 12th of July in English. */
class LocalFormatTests {

    private static final LocalFormat EN = new LocalFormat(Locale.ENGLISH);
    private static final LocalFormat FR = new LocalFormat(Locale.FRENCH);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void aDayIsWrittenWithItsMonthsName() {
        assertThat(EN.date(DAY)).isEqualTo("7 Dec 2026");
        assertThat(FR.date(DAY)).isEqualTo("7 déc. 2026");
        assertThat(FR.date(LocalDate.of(2026, 5, 1))).isEqualTo("1 mai 2026");
        assertThat(FR.date(LocalDate.of(2026, 9, 30))).isEqualTo("30 sept. 2026");
    }

    @Test
    void theRegionDoesNotChangeTheWords() {
        assertThat(new LocalFormat(Locale.UK).date(LocalDate.of(2026, 9, 7))).isEqualTo("7 Sep 2026");
        assertThat(new LocalFormat(Locale.US).date(DAY)).isEqualTo("7 Dec 2026");
        assertThat(new LocalFormat(Locale.CANADA_FRENCH).date(DAY)).isEqualTo("7 déc. 2026");
    }

    @Test
    void aMonthIsItsShortNameAndYear() {
        assertThat(EN.month(YearMonth.of(2026, 11))).isEqualTo("Nov 2026");
        assertThat(FR.month(YearMonth.of(2026, 11))).isEqualTo("nov. 2026");
        assertThat(FR.month(YearMonth.of(2026, 6))).isEqualTo("juin 2026");
        assertThat(EN.month(LocalDate.of(2026, 11, 1))).isEqualTo("Nov 2026");
        assertThat(EN.date(YearMonth.of(2026, 11))).isEqualTo("Nov 2026");
    }

    @Test
    void anInstantIsReadInParis() {
        Instant lateEvening = Instant.parse("2026-12-07T23:30:00Z");
        assertThat(EN.date(lateEvening)).isEqualTo("8 Dec 2026");
        assertThat(EN.dateTime(lateEvening)).isEqualTo("8 Dec 2026, 00:30");
        assertThat(FR.dateTime(Instant.parse("2026-07-14T12:05:00Z"))).isEqualTo("14 juil. 2026, 14:05");
        assertThat(FR.dateTime(OffsetDateTime.of(2026, 7, 14, 12, 5, 0, 0, ZoneOffset.UTC))).isEqualTo("14 juil. 2026, 14:05");
        assertThat(EN.dateTime(LocalDateTime.of(2026, 12, 7, 9, 5))).isEqualTo("7 Dec 2026, 09:05");
        assertThat(EN.dateTime(DAY)).as("a day has no time").isEqualTo("7 Dec 2026");
    }

    @Test
    void nothingIsWrittenForNoDay() {
        assertThat(EN.date(null)).isEmpty();
        assertThat(FR.dateTime(null)).isEmpty();
        assertThat(FR.month(null)).isEmpty();
        assertThat(LocalFormat.iso(null)).isEmpty();
    }

    @Test
    void aDateInputsValueIsIsoInEveryLanguage() {
        assertThat(LocalFormat.iso(DAY)).isEqualTo("2026-12-07");
    }

    @Test
    void amountsKeepTheirLocalSeparators() {
        assertThat(EN.money(new BigDecimal("1234.5"), "EUR")).isEqualTo("€1,234.50");
        assertThat(FR.money(new BigDecimal("1234.5"), "EUR")).isEqualTo("1\u202f234,50\u00a0€");
        assertThat(EN.money(new BigDecimal("12"), "XYZ")).isEqualTo("12.00 XYZ");
        assertThat(FR.percent(new BigDecimal("0.6481"))).isEqualTo("64,8\u00a0%");
        assertThat(EN.integer(12345)).isEqualTo("12,345");
    }
}
