package app.eggbasket.analytics.currency;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Some lines of the period cannot be converted to the report's currency: no ECB rate for their currency
 * on their date (a date after the end of the rates file, or a currency the ECB does not publish).
 */
public class ConversionUnavailableException extends RuntimeException {

    /** Lines of one currency without a rate, and the dates they span. */
    public record Missing(String currency, LocalDate first, LocalDate last, long lines) {
    }

    private final String target;
    private final List<Missing> missing;
    private final LocalDate ratesUntil;

    public ConversionUnavailableException(String target, List<Missing> missing, LocalDate ratesUntil) {
        super("cannot convert to " + target + ": no ECB reference rate for "
                + missing.stream().map(m -> m.lines() + " line(s) in " + m.currency() + " dated " + m.first()
                        + (m.first().equals(m.last()) ? "" : " to " + m.last())).collect(Collectors.joining(", "))
                + "; the rates known end on " + ratesUntil
                + " (import a newer eurofxref-hist.csv from the ECB with ./eggbasket rates import FILE)");
        this.target = target;
        this.missing = List.copyOf(missing);
        this.ratesUntil = ratesUntil;
    }

    public String target() {
        return target;
    }

    public List<Missing> missing() {
        return missing;
    }

    public LocalDate ratesUntil() {
        return ratesUntil;
    }
}
