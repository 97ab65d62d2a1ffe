package app.eggbasket.analytics.scenario;

import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.Risk;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.report.MonthlyReport;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scenarios through the real path: Eggbasket's sales template → lake → DuckDB → report → scenario. */
class ScenariosTests {

    @TempDir
    Path data;

    private DuckDbEngine engine;
    private Scenarios scenarios;
    private SellerAnalytics analytics;

    @BeforeEach
    void setUp() {
        Lake lake = new Lake(data);
        ConcentrationCalculator concentration = new ConcentrationCalculator(RiskThresholds.DEFAULT);
        engine = new DuckDbEngine(lake);
        analytics = new SellerAnalytics(engine, concentration);
        scenarios = new Scenarios(analytics, concentration);
        // every month of 2025: etsy 70 (fees 7), own-shop 20, markets 10; in March only etsy
        StringBuilder csv = new StringBuilder("order_id,date,channel,channel_kind,item,sku,quantity,unit_price,gross_amount,"
                + "discount,shipping,tax,fees,refund,currency,buyer_id,country,payment_method,note\n");
        for (int m = 1; m <= 12; m++) {
            String date = LocalDate.of(2025, m, 15).toString();
            csv.append("E-").append(m).append(',').append(date).append(",etsy,MARKETPLACE,Bowl,,1,70.00,70.00,,,,7.00,,EUR,,FR,,\n");
            if (m != 3) {
                csv.append("S-").append(m).append(',').append(date).append(",own-shop,OWN_SHOP,Bowl,,1,20.00,20.00,,,,,,EUR,,FR,,\n");
                csv.append("M-").append(m).append(',').append(date).append(",markets,IN_PERSON,Bowl,,1,10.00,10.00,,,,,,EUR,,FR,,\n");
            }
        }
        FileSummary summary = new Ingestor(lake, Formats.standard()).ingest("ines", "sales.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), null, ParseContext.DEFAULT_ZONE);
        assertThat(summary.refused()).isFalse();
        assertThat(summary.rejected()).isZero();
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    @Test
    void closureOfEtsyComputedFromTheLake() {
        Scenarios.Basis basis = scenarios.basis("ines", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), null);

        ClosureScenario s = scenarios.closure(basis, "etsy", 0, new BigDecimal("0.2"));

        // etsy 840 of 840 + 220 + 110 = 1,170: share 0.717949; lost 0.717949 × 0.8 = 0.574359
        assertThat(s.channel().revenue()).isEqualByComparingTo("840.00");
        assertThat(s.channel().net()).isEqualByComparingTo("756.00");
        assertThat(s.channel().feesStated()).isTrue();
        assertThat(s.shareLost()).isEqualByComparingTo("0.5744");
        assertThat(s.revenueLostPerMonth()).isEqualByComparingTo("56.00");
        assertThat(s.netLostPerMonth()).isEqualByComparingTo("50.40");
        assertThat(s.before().risk()).isEqualTo(Risk.CRITICAL);
        assertThat(s.after().risk()).isEqualTo(Risk.LOW);
        assertThat(s.revenueAfter()).as("220 + 110 + 168").isEqualByComparingTo("498.00");
    }

    @Test
    void templateOnlyTakesTheDataUpToItsEnd() {
        Scenarios.Basis basis = scenarios.basis("ines", null, null, null);

        ClosureScenario s = scenarios.template(basis, "etsy", ClosureTemplate.ALM_2017, BigDecimal.ZERO);

        // the data run from 15 Jan to 15 Dec 2025: 12 calendar months; announced the day after the last sale
        assertThat(s.monthsInPeriod()).isEqualTo(12);
        assertThat(s.announced()).isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(s.closes()).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(s.months().get(0).revenueLost()).isEqualByComparingTo("0");
    }

    @Test
    void monthlySeriesShowsControlledShareEvolving() {
        MonthlyReport monthly = analytics.monthly("ines", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));

        assertThat(monthly.months().get(0).platformShare()).isEqualByComparingTo("0.7");
        assertThat(monthly.months().get(0).controlledShare()).isEqualByComparingTo("0.3");
        assertThat(monthly.months().get(2).controlledShare()).as("March: only Etsy").isEqualByComparingTo("0");
        assertThat(monthly.months().get(2).topPlatformShare()).isEqualByComparingTo("1");
    }

    @Test
    void noSalesIsAScenarioError() {
        assertThatThrownBy(() -> scenarios.basis("nobody", null, null, null)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("No sales for nobody");
    }
}
