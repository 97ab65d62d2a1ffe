package app.eggbasket.analytics.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A platform holding back {@code holdRate} of each sale for {@code holdDays} days (Etsy payment
 * reserves): nothing is lost, but cash arrives later. Sales are taken as even over the month
 * (revenue per month / 30.4375 days a day).
 *
 * @param heldPerMonth  the part of a month's sales held back: revenue per month × holdRate
 * @param balanceHeld   what stays held once releases match new holds: revenue per day × holdRate × holdDays
 * @param months        the 12 months after the hold starts ({@code starts}, the day after the period): how
 *                      much cash is missing in each month compared with no hold, and the balance held at its end
 */
public record CashHoldScenario(String scenario, String seller, LocalDate from, LocalDate to, String currency,
                               int monthsInPeriod, ChannelBasis channel, BigDecimal holdRate, int holdDays,
                               LocalDate starts, BigDecimal heldPerMonth, BigDecimal balanceHeld,
                               BigDecimal shareOfMonthlyRevenue, List<MonthHold> months) {

    /** Cash missing in one month compared with no hold, and the balance held at the month's end. */
    public record MonthHold(int month, LocalDate from, LocalDate to, BigDecimal cashMissing, BigDecimal balanceAtEnd) {
    }
}
