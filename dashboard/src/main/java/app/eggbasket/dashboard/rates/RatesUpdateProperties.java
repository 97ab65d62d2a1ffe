package app.eggbasket.dashboard.rates;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * Settings under {@code eggbasket.rates.update.*}: the daily download of the ECB's reference rates.
 *
 * @param enabled false to never download (rates then change only with {@code ./eggbasket rates import|update})
 * @param url     the ECB file to download, the last 90 days by default (the CLI's {@code rates update} default)
 * @param cron    when, in {@code zone}: every working day at 16:30 Frankfurt time, after the ECB publishes
 * @param timeout how long one download may take
 */
@ConfigurationProperties("eggbasket.rates.update")
public record RatesUpdateProperties(@DefaultValue("true") boolean enabled,
                                    @DefaultValue("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml") URI url,
                                    @DefaultValue("0 30 16 * * MON-FRI") String cron,
                                    @DefaultValue("Europe/Berlin") String zone,
                                    @DefaultValue("30s") Duration timeout) {
}
