package app.eggbasket.analytics.portfolio;

import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.Risk;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.ingestion.sale.ChannelKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The portfolio's reading of the engine's rows: windows, the quarter-earlier risk, the trend, the reasons. */
class PortfolioTests {

    private static final LocalDateTime INGESTED = LocalDateTime.of(2026, 1, 1, 0, 0);

    private static ClientMonth row(String seller, LocalDate lastDay, String channel, ChannelKind kind, YearMonth month,
                                   String revenue) {
        return new ClientMonth(seller, lastDay, channel, kind, INGESTED, month, new BigDecimal(revenue), List.of("EUR"),
                new BigDecimal(revenue), 0, null, null);
    }

    private static Portfolio portfolio(List<ClientMonth> rows) {
        return new Portfolio((sellers, currency) -> rows, new ConcentrationCalculator(RiskThresholds.DEFAULT));
    }

    @Test
    void aClientWhoOpenedHerOwnShopThisYearIsLessAtRiskThanAQuarterAgo() {
        LocalDate last = LocalDate.of(2026, 6, 20);
        List<ClientMonth> rows = new ArrayList<>();
        // 15 months of Etsy, 100 a month; her own shop from April 2026, 500 a month
        for (YearMonth m = YearMonth.of(2025, 4); !m.isAfter(YearMonth.of(2026, 6)); m = m.plusMonths(1)) {
            rows.add(row("lea", last, "etsy", ChannelKind.MARKETPLACE, m, "100.00"));
        }
        for (YearMonth m = YearMonth.of(2026, 4); !m.isAfter(YearMonth.of(2026, 6)); m = m.plusMonths(1)) {
            rows.add(row("lea", last, "own-shop", ChannelKind.OWN_SHOP, m, "500.00"));
        }
        ClientFigures lea = portfolio(rows).figures(List.of("lea")).get(0);

        assertThat(lea.status()).isEqualTo(ClientFigures.Status.COMPUTED);
        assertThat(lea.from()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(lea.to()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(lea.currency()).isEqualTo("EUR");
        assertThat(lea.revenue()).isEqualByComparingTo("2700.00"); // 12 x 100 + 3 x 500
        assertThat(lea.concentration().topPlatformShare()).isEqualByComparingTo("0.4444"); // 1200 / 2700
        assertThat(lea.concentration().risk()).isEqualTo(Risk.HIGH);
        assertThat(lea.previousRisk()).isEqualTo(Risk.CRITICAL); // 12 months to March 2026: Etsy only
        assertThat(lea.riskChange()).isEqualTo(-1);
        assertThat(lea.trend()).hasSize(12);
        assertThat(lea.trend().get(0).share()).isEqualByComparingTo("1.0000");
        assertThat(lea.trend().get(11).share()).isEqualByComparingTo("0.1667"); // 100 / 600
    }

    @Test
    void monthsWithoutSalesHaveNoTrendPointAndAClientWithoutLinesIsListed() {
        LocalDate last = LocalDate.of(2026, 3, 2);
        List<ClientMonth> rows = List.of(row("marin", last, "markets", ChannelKind.IN_PERSON, YearMonth.of(2026, 3), "50.00"),
                row("marin", last, "etsy", ChannelKind.MARKETPLACE, YearMonth.of(2025, 6), "50.00"));
        List<ClientFigures> figures = portfolio(rows).figures(List.of("marin", "nobody"));

        ClientFigures marin = figures.get(0);
        assertThat(marin.trend()).extracting(ClientFigures.TrendPoint::share).containsOnlyOnce(BigDecimal.ZERO.setScale(4))
                .filteredOn(s -> s != null).hasSize(2);
        assertThat(marin.trend().get(3).month()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(marin.trend().get(3).share()).isNull();
        assertThat(marin.previousRisk()).as("12 months to December 2025: Etsy only").isEqualTo(Risk.CRITICAL);
        assertThat(figures.get(1).status()).isEqualTo(ClientFigures.Status.NO_SALES);
        assertThat(figures.get(1).concentration()).isNull();
    }

    @Test
    void aClientWithSeveralCurrenciesAndNoRateIsListedWithWhatIsMissing() {
        LocalDate last = LocalDate.of(2026, 5, 31);
        ClientMonth eur = row("gus", last, "etsy", ChannelKind.MARKETPLACE, YearMonth.of(2026, 5), "10.00");
        ClientMonth ars = new ClientMonth("gus", last, "markets", ChannelKind.IN_PERSON, INGESTED, YearMonth.of(2026, 4),
                new BigDecimal("9000.00"), List.of("ARS"), null, 7, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 28));
        ClientFigures gus = portfolio(List.of(eur, ars)).figures(List.of("gus")).get(0);

        assertThat(gus.status()).isEqualTo(ClientFigures.Status.NO_RATE);
        assertThat(gus.missing()).isEqualTo(new ClientFigures.Missing(List.of("ARS"), 7, LocalDate.of(2026, 4, 2),
                LocalDate.of(2026, 4, 28)));
        assertThat(gus.concentration()).isNull();
    }
}
