package app.eggbasket.analytics.currency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dense table of conversion factors to one target currency: for every currency and every calendar day
 * the rates cover (weekends and holidays filled with the last published rate), what one unit is worth in
 * the target. Engines join sale lines to it on (currency, day) with a plain equi-join, the same SQL on
 * DuckDB and Spark.
 */
public final class ConversionFactors {

    /** One factor. */
    public record Factor(String currency, LocalDate day, BigDecimal factor) {
    }

    private ConversionFactors() {
    }

    public static List<Factor> to(String target, EcbRates rates) {
        List<Factor> factors = new ArrayList<>();
        LocalDate last = rates.lastDate().plusDays(EcbRates.MAX_DAYS_BACK);
        for (String currency : rates.currencies()) {
            if (currency.equals(target)) {
                continue;
            }
            for (LocalDate day = rates.firstDate(); !day.isAfter(last); day = day.plusDays(1)) {
                Optional<BigDecimal> factor = rates.factor(currency, target, day);
                if (factor.isPresent()) {
                    factors.add(new Factor(currency, day, factor.get()));
                }
            }
        }
        return factors;
    }
}
