package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.web.ChannelNames;
import app.eggbasket.dashboard.web.LocalFormat;
import app.eggbasket.analytics.concentration.Concentration;
import app.eggbasket.analytics.scenario.CashHoldScenario;
import app.eggbasket.analytics.scenario.ChannelBasis;
import app.eggbasket.analytics.scenario.ClosureScenario;
import app.eggbasket.analytics.scenario.FeeHikeScenario;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scenario as the page shows it: sentences in the reader's language, a month-by-month table, the
 * channels afterwards (closures) and the chart data (embedded as JSON, drawn by scenarios.js).
 */
public final class ScenarioView {

    /**
     * One month of the table: its first day, then the figures already formatted; {@code day},
     * {@code firstAmount} and {@code secondAmount} are the same unformatted (for the table downloads).
     */
    public record MonthRow(String month, String first, String second, LocalDate day, BigDecimal firstAmount,
                           BigDecimal secondAmount) {
    }

    /**
     * A channel after a closure: its id and its name in the reader's language, its kind as an enum name and
     * as a label; {@code revenueAmount} and {@code shareFraction} unformatted.
     */
    public record ChannelRow(String channel, String name, String kind, String kindLabel, String revenue, String share,
                             boolean substituted, BigDecimal revenueAmount, BigDecimal shareFraction) {
    }

    private final LocalFormat format;
    private final MessageSource messages;
    private final Locale locale;
    private final ChannelNames names;

    private String kind;
    private String currency;
    private String title;
    private final List<String> sentences = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String riskBefore;
    private String riskAfter;
    private final List<String> columns = new ArrayList<>();
    private final List<MonthRow> months = new ArrayList<>();
    private final List<ChannelRow> channelsAfter = new ArrayList<>();
    private final Map<String, Object> chart = new LinkedHashMap<>();

    ScenarioView(LocalFormat format, MessageSource messages, Locale locale, ChannelNames names) {
        this.format = format;
        this.messages = messages;
        this.locale = locale;
        this.names = names;
    }

    void closure(ClosureScenario s) {
        kind = "closure";
        currency = s.currency();
        ChannelBasis c = s.channel();
        title = s.template() == null ? msg("scenario.closure.title", name(c))
                : msg("scenario.template.title", msg("scenario.choice." + s.template()), name(c));
        sentences.add(basis(c, s.monthsInPeriod()));
        sentences.add(s.noticeDays() == 0 ? msg("scenario.closure.noNotice", day(s.closes()))
                : msg("scenario.closure.notice", day(s.announced()), day(s.closes()), s.noticeDays()));
        sentences.add(msg("scenario.closure.loss", money(s.revenueLostPerMonth()), money(s.netLostPerMonth()),
                format.percent(s.shareLost()), format.percent(s.substitution())));
        sentences.add(msg("scenario.closure.year", money(s.revenueLost12Months()), money(s.netLost12Months())));
        sentences.add(msg("scenario.closure.kept", format.percent(s.contributionRate()), money(s.keptLostPerMonth()),
                money(s.keptLost12Months())));
        Concentration b = s.before();
        Concentration a = s.after();
        riskBefore = b.risk().name();
        riskAfter = a.risk().name();
        sentences.add(s.revenueAfter().signum() <= 0 ? msg("scenario.closure.nothingLeft", name(c))
                : a.topPlatform() == null
                ? msg("scenario.closure.afterNoPlatform", format.percent(b.platformShare()))
                : msg("scenario.closure.after", names.name(a.topPlatform(), locale), format.percent(a.topPlatformShare()),
                format.percent(b.platformShare()), format.percent(a.platformShare())));
        if (s.reviewsLost() != null) {
            notes.add(msg(s.reviewsLost() ? "scenario.note.reviewsLost" : "scenario.note.reviewsKept"));
        }
        if (s.template() != null && !s.template().equals("suspension")) {
            notes.add(msg("scenario.note." + s.template()));
        }
        if (!c.feesStated()) {
            notes.add(msg("scenario.note.noFees", name(c)));
        }
        notes.add(msg("scenario.note.substitutionRule"));
        for (ClosureScenario.ChannelAfter after : s.channelsAfter()) {
            channelsAfter.add(new ChannelRow(after.channel(), names.name(after.channel(), locale), after.kind().name(),
                    msg("kind." + after.kind().name()), money(after.revenue()), format.percent(after.share()), s.substitutedTo().contains(after.channel()), after.revenue(), after.share()));
        }
        columns.add(msg("scenario.col.revenueLost"));
        columns.add(msg("scenario.col.netLost"));
        List<Double> revenue = new ArrayList<>();
        List<Double> net = new ArrayList<>();
        for (ClosureScenario.MonthLoss m : s.months()) {
            months.add(new MonthRow(month(m.from()), money(m.revenueLost()), money(m.netLost()), m.from(), m.revenueLost(),
                    m.netLost()));
            revenue.add(m.revenueLost().doubleValue());
            net.add(m.netLost().doubleValue());
        }
        chart(s.months().stream().map(ClosureScenario.MonthLoss::from).toList(),
                series(msg("scenario.col.revenueLost"), "bar", revenue), series(msg("scenario.col.netLost"), "bar", net));
    }

    void feeHike(FeeHikeScenario s) {
        kind = "fee-hike";
        currency = s.currency();
        ChannelBasis c = s.channel();
        // a lower fee is a gain: said as one, with amounts that are not negative
        boolean lower = s.netLost12Months().signum() < 0;
        BigDecimal twelve = s.netLost12Months().abs();
        title = msg(lower ? "scenario.feeCut.title" : "scenario.feeHike.title", name(c));
        sentences.add(basis(c, s.monthsInPeriod()));
        sentences.add(msg(lower ? "scenario.feeCut.gain" : "scenario.feeHike.loss", name(c), format.percent(s.oldRate()),
                format.percent(s.newRate()), money(s.netLostPerMonth().abs()), money(twelve),
                format.percent(s.shareOfNetLost().abs())));
        sentences.add(msg("scenario.feeHike.risk", msg("risk." + s.risk().name())));
        riskBefore = s.risk().name();
        riskAfter = s.risk().name();
        notes.add(msg("scenario.note.feeBase"));
        notes.add(msg("scenario.note.feeHikeKept"));
        columns.add(msg(lower ? "scenario.col.netGained" : "scenario.col.netLost"));
        columns.add(msg(lower ? "scenario.col.netGainedSoFar" : "scenario.col.netLostSoFar"));
        List<Double> cumulative = new ArrayList<>();
        List<LocalDate> firsts = new ArrayList<>();
        BigDecimal before = BigDecimal.ZERO;
        for (int k = 1; k <= 12; k++) {
            // month k's running total is k twelfths of the 12 months, to the cent: the table ends on the headline's figure
            LocalDate first = s.to().plusMonths(k - 1);
            BigDecimal sum = twelve.multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_EVEN);
            BigDecimal month = sum.subtract(before);
            before = sum;
            firsts.add(first);
            months.add(new MonthRow(month(first), money(month), money(sum), first, month, sum));
            cumulative.add(sum.doubleValue());
        }
        chart(firsts, series(msg(lower ? "scenario.col.netGainedSoFar" : "scenario.col.netLostSoFar"), "line", cumulative));
    }

    void cashHold(CashHoldScenario s) {
        kind = "cash-hold";
        currency = s.currency();
        ChannelBasis c = s.channel();
        title = msg("scenario.cashHold.title", name(c));
        sentences.add(basis(c, s.monthsInPeriod()));
        sentences.add(msg("scenario.cashHold.held", name(c), format.percent(s.holdRate()), s.holdDays(),
                money(s.heldPerMonth()), money(s.balanceHeld()), format.percent(s.shareOfMonthlyRevenue())));
        notes.add(msg("scenario.note.cashHold"));
        columns.add(msg("scenario.col.cashMissing"));
        columns.add(msg("scenario.col.heldAtEnd"));
        List<Double> missing = new ArrayList<>();
        List<Double> held = new ArrayList<>();
        for (CashHoldScenario.MonthHold m : s.months()) {
            months.add(new MonthRow(month(m.from()), money(m.cashMissing()), money(m.balanceAtEnd()), m.from(), m.cashMissing(),
                    m.balanceAtEnd()));
            missing.add(m.cashMissing().doubleValue());
            held.add(m.balanceAtEnd().doubleValue());
        }
        chart(s.months().stream().map(CashHoldScenario.MonthHold::from).toList(),
                series(msg("scenario.col.cashMissing"), "bar", missing), series(msg("scenario.col.heldAtEnd"), "line", held));
    }

    private String basis(ChannelBasis c, int monthsInPeriod) {
        return msg("scenario.basis", name(c), money(c.revenue()), format.percent(c.share()), money(c.revenuePerMonth()),
                monthsInPeriod, money(c.net()));
    }

    private static Map<String, Object> series(String name, String type, List<Double> data) {
        return Map.of("name", name, "type", type, "data", data);
    }

    @SafeVarargs
    private void chart(List<LocalDate> firsts, Map<String, Object>... series) {
        chart.put("currency", currency);
        chart.put("locale", locale.toLanguageTag());
        chart.put("months", firsts.stream().map(LocalDate::toString).toList());
        chart.put("series", List.of(series));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String money(BigDecimal amount) {
        return format.money(amount, currency);
    }

    private String day(LocalDate date) {
        return format.date(date);
    }

    /** A month of the table by its first day: "Nov 2026" when it starts on the 1st, else that day. */
    private String month(LocalDate first) {
        return first.getDayOfMonth() == 1 ? format.month(first) : format.date(first);
    }

    private String name(ChannelBasis c) {
        return names.name(c.name(), locale);
    }

    public String getKind() {
        return kind;
    }

    /** The currency of every amount. */
    public String getCurrency() {
        return currency;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getSentences() {
        return sentences;
    }

    public List<String> getNotes() {
        return notes;
    }

    public String getRiskBefore() {
        return riskBefore;
    }

    public String getRiskAfter() {
        return riskAfter;
    }

    /** The risk levels in the reader's language; null when the scenario has none (a cash hold). */
    public String getRiskBeforeLabel() {
        return riskBefore == null ? null : msg("risk." + riskBefore);
    }

    public String getRiskAfterLabel() {
        return riskAfter == null ? null : msg("risk." + riskAfter);
    }

    public List<String> getColumns() {
        return columns;
    }

    public List<MonthRow> getMonths() {
        return months;
    }

    public List<ChannelRow> getChannelsAfter() {
        return channelsAfter;
    }

    public Map<String, Object> getChart() {
        return chart;
    }
}
