package app.eggbasket.analytics.currency;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Keeps the rates current: downloads the ECB's file and merges it into the imported rates
 * ({@code ./eggbasket rates update}, and the dashboard's daily schedule). The default is the ECB's file of
 * the last 90 days, published every working day around 16:00 CET: it also fills the days an instance was
 * down, which the file of the day alone would not.
 */
public final class RatesUpdate {

    public static final URI ECB_90_DAYS = URI.create("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml");
    private static final int MAX_BYTES = 32 * 1024 * 1024;

    /** What an update changed. */
    public record Outcome(LocalDate lastBefore, LocalDate lastAfter, int ratesBefore, int ratesAfter) {

        public int ratesAdded() {
            return ratesAfter - ratesBefore;
        }
    }

    private final RatesStore store;
    private final HttpClient client;
    private final Duration timeout;

    public RatesUpdate(RatesStore store, Duration timeout) {
        this.store = store;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * @throws IOException              when the file cannot be downloaded (the message names the address)
     * @throws IllegalArgumentException when what was downloaded is not an ECB rates file; nothing is changed
     */
    public Outcome from(URI source) throws IOException {
        EcbRates before = store.current();
        byte[] body = download(source);
        EcbRates incoming;
        try {
            incoming = EcbRates.read(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
        EcbRates after = store.importRates(incoming);
        return new Outcome(before.lastDate(), after.lastDate(), before.size(), after.size());
    }

    private byte[] download(URI source) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(source).timeout(timeout).header("User-Agent", "eggbasket").GET().build();
        HttpResponse<java.io.InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + source, e);
        } catch (IOException e) {
            throw new IOException("cannot download " + source + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()), e);
        }
        try (java.io.InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("cannot download " + source + ": HTTP " + response.statusCode());
            }
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw new IOException(source + " is over " + MAX_BYTES / (1024 * 1024) + " MB: not an ECB rates file");
            }
            return body;
        }
    }
}
