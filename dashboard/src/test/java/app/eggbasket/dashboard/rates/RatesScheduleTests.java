package app.eggbasket.dashboard.rates;

import app.eggbasket.analytics.currency.RatesStore;
import app.eggbasket.analytics.currency.RatesUpdate;
import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.scheduling.support.CronExpression;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's daily download of the ECB rates, against a local server serving a fixture. */
class RatesScheduleTests {

    @TempDir
    Path data;

    private RatesFixtureServer ecb;
    private RatesStore store;

    @BeforeEach
    void start() throws IOException {
        ecb = new RatesFixtureServer();
        store = new RatesStore(new Lake(data));
    }

    @AfterEach
    void stop() {
        ecb.close();
    }

    @Test
    void aRunMergesTheDownloadedDaysIntoTheRatesReportsUse() {
        LocalDate shippedEnd = store.current().lastDate();
        assertThat(shippedEnd).as("the fixture's days come after the shipped history").isBefore(LocalDate.of(2026, 12, 3));

        schedule("/eurofxref-hist-90d.xml").run();

        assertThat(store.current().lastDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(store.current().perEuro("USD", LocalDate.of(2026, 12, 6))).as("Sunday after Friday 4 December")
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1.1000"));
        assertThat(store.current().firstDate()).as("the shipped history is kept").isEqualTo(LocalDate.of(1999, 1, 4));
    }

    @Test
    void aFailedDownloadChangesNothingAndDoesNotThrow() {
        LocalDate before = store.current().lastDate();
        RatesSchedule down = schedule("/down");
        RatesSchedule broken = schedule("/broken");

        down.run();
        broken.run();

        assertThat(ecb.requests()).isEqualTo(2);
        assertThat(down.lastResult()).contains("HTTP 503");
        assertThat(broken.lastResult()).contains("/broken");
        assertThat(store.current().lastDate()).isEqualTo(before);
        assertThat(data.resolve("rates")).doesNotExist();
    }

    @Test
    void theDefaultIsTheEcbFileOfTheLast90DaysEveryWorkingDayAfterPublication() {
        RatesUpdateProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("eggbasket.rates.update", RatesUpdateProperties.class);

        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.url()).isEqualTo(RatesUpdate.ECB_90_DAYS);
        assertThat(CronExpression.parse(defaults.cron()).next(ZonedDateTime.of(2026, 12, 4, 17, 0, 0, 0, ZoneId.of(defaults.zone()))))
                .as("after Friday's publication, Monday's").hasToString("2026-12-07T16:30+01:00[Europe/Berlin]");
    }

    private RatesSchedule schedule(String path) {
        return new RatesSchedule(store, new RatesUpdateProperties(true, ecb.uri(path), "0 30 16 * * MON-FRI",
                "Europe/Berlin", Duration.ofSeconds(5)));
    }
}
