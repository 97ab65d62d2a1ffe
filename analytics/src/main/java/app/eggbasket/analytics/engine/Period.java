package app.eggbasket.analytics.engine;

import java.time.LocalDate;
import java.util.Objects;

/** A half-open period [from, to) on order_date. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the period must end after it starts: from " + from + " to " + to);
        }
    }
}
