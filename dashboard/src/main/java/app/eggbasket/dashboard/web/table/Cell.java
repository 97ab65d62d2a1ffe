package app.eggbasket.dashboard.web.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One cell of a downloadable {@link Table}. Text is written as text (neutralised when it could be read as
 * a formula, see {@link Formulas}); every other cell is a number or a date, written as one.
 */
public sealed interface Cell permits Cell.Text, Cell.Money, Cell.Decimal, Cell.Percent, Cell.Int, Cell.Date, Cell.DateTime {

    /** Text as shown on the page; never null (an empty cell is {@code ""}). */
    record Text(String value) implements Cell {
        public Text {
            value = value == null ? "" : value;
        }
    }

    /** An amount in {@code currency} (ISO 4217), written with two decimals. */
    record Money(BigDecimal amount, String currency) implements Cell {
        public Money {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
        }

        /** The amount rounded to the cent (half up, as the page). */
        public BigDecimal cents() {
            return amount.setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** A number with {@code scale} decimals (an HHI with 0, an effective number of channels with 1). */
    record Decimal(BigDecimal value, int scale) implements Cell {
        public Decimal {
            Objects.requireNonNull(value, "value");
            if (scale < 0) {
                throw new IllegalArgumentException("scale " + scale);
            }
        }

        public BigDecimal rounded() {
            return value.setScale(scale, RoundingMode.HALF_UP);
        }
    }

    /**
     * A share given as a fraction (0.648), shown as a percentage with {@code scale} decimals (64.8): CSV writes
     * the percentage, XLSX the fraction with a percent format.
     */
    record Percent(BigDecimal fraction, int scale) implements Cell {
        public Percent {
            Objects.requireNonNull(fraction, "fraction");
            if (scale < 0) {
                throw new IllegalArgumentException("scale " + scale);
            }
        }

        /** The percentage rounded to {@code scale} decimals: 0.64812 → 64.8 */
        public BigDecimal percentage() {
            return fraction.movePointRight(2).setScale(scale, RoundingMode.HALF_UP);
        }

        /** The fraction rounded to what the percentage shows: 0.64812 → 0.648 */
        public BigDecimal roundedFraction() {
            return percentage().movePointLeft(2);
        }
    }

    /** A whole number: orders, sellers, rows. */
    record Int(long value) implements Cell {
    }

    /** A calendar day. */
    record Date(LocalDate value) implements Cell {
        public Date {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A local date and time, to the minute (when a file was received, in the zone the page shows). */
    record DateTime(LocalDateTime value) implements Cell {
        public DateTime {
            value = Objects.requireNonNull(value, "value").truncatedTo(ChronoUnit.MINUTES);
        }
    }

    static Cell text(String value) {
        return new Text(value);
    }

    /** An empty cell. */
    static Cell empty() {
        return new Text("");
    }

    /** An amount, or an empty cell when it is null. */
    static Cell money(BigDecimal amount, String currency) {
        return amount == null ? empty() : new Money(amount, currency);
    }

    static Cell decimal(BigDecimal value, int scale) {
        return value == null ? empty() : new Decimal(value, scale);
    }

    /** A share (a fraction, 0.648) shown with one decimal as a percentage (64.8 %), or empty when null. */
    static Cell percent(BigDecimal fraction) {
        return percent(fraction, 1);
    }

    static Cell percent(BigDecimal fraction, int scale) {
        return fraction == null ? empty() : new Percent(fraction, scale);
    }

    static Cell integer(long value) {
        return new Int(value);
    }

    static Cell date(LocalDate value) {
        return value == null ? empty() : new Date(value);
    }

    static Cell dateTime(LocalDateTime value) {
        return value == null ? empty() : new DateTime(value);
    }
}
