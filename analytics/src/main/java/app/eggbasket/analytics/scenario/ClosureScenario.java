package app.eggbasket.analytics.scenario;

import app.eggbasket.analytics.concentration.Concentration;
import app.eggbasket.ingestion.sale.ChannelKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What closing one channel would cost (DESIGN §4): revenue lost per month = (R_c / months in period) ×
 * (1 − r), share lost = s_c × (1 − r), the same for net income, month by month over the 12 months after
 * the announcement (nothing lost during the notice period, everything after), and the concentration
 * once the channel is gone.
 *
 * <p>The announcement is taken on {@code announced}, the day after the period (so the next 12 months
 * follow the data); month k runs from announced + (k−1) months to announced + k months.
 *
 * <p>Substitution rule: the part r × R_c won back goes to the seller's other controlled channels
 * (OWN_SHOP, IN_PERSON, WHOLESALE, DIRECT) with positive revenue, pro rata to their revenue; when she
 * has none, to a new channel {@code direct} of kind DIRECT. Platforms get none of it: the point is what
 * she controls afterwards.
 *
 * <p>Every figure is computed exactly and rounded once: a 12-month total is the exact sum rounded, so
 * it may differ by a few cents from the sum of the rounded months (a year without notice loses exactly
 * the channel's yearly revenue × (1 − r)).
 *
 * @param template        the template's id, null for a closure set by hand
 * @param reviewsLost     whether the shop's reviews are lost; null when no template says
 * @param closes          announced + noticeDays: the first day without the channel
 * @param revenueAfter    the period's revenue without the channel, with the substitution added
 * @param substitutedTo   the channels that receive r × R_c
 * @param keptLostPerMonth what the seller keeps of the channel after fees and social contributions
 *                        (the report's {@code kept}) / months in period × (1 − r)
 */
public record ClosureScenario(String scenario, String seller, LocalDate from, LocalDate to, String currency,
                              int monthsInPeriod, ChannelBasis channel, String template, Boolean reviewsLost,
                              int noticeDays, BigDecimal substitution, LocalDate announced, LocalDate closes,
                              BigDecimal revenueLostPerMonth, BigDecimal netLostPerMonth, BigDecimal shareLost,
                              BigDecimal revenueLost12Months, BigDecimal netLost12Months, List<MonthLoss> months,
                              Concentration before, Concentration after, BigDecimal revenueAfter,
                              List<ChannelAfter> channelsAfter, List<String> substitutedTo, String substitutionRule,
                              BigDecimal keptLostPerMonth, BigDecimal keptLost12Months, BigDecimal contributionRate) {

    public static final String SUBSTITUTION_RULE = "The part won back (substitution × the channel's revenue) goes to "
            + "the seller's other controlled channels with positive revenue, pro rata to their revenue; when she has "
            + "none, to a new channel 'direct' (DIRECT).";

    /**
     * One of the 12 months after the announcement: {@code daysClosed} of its {@code days} are after the
     * closure, and lose that fraction of a month's loss.
     */
    public record MonthLoss(int month, LocalDate from, LocalDate to, int days, int daysClosed, BigDecimal revenueLost,
                            BigDecimal netLost, BigDecimal keptLost) {
    }

    /** A channel's revenue and share over the period as if the closure had happened. */
    public record ChannelAfter(String channel, ChannelKind kind, BigDecimal revenue, BigDecimal share) {
    }
}
