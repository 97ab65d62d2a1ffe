package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.web.LocalFormat;
import app.eggbasket.analytics.concentration.Concentration;
import app.eggbasket.analytics.profile.SellerProfile;
import app.eggbasket.analytics.report.ChannelFigures;
import app.eggbasket.analytics.report.FeeSource;
import app.eggbasket.analytics.report.MonthlyReport;
import app.eggbasket.analytics.report.SellerReport;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What the overview page shows, formatted for the reader's locale: KPI, the closure sentence, the
 * channel table and the chart data (embedded in the page as JSON).
 */
public final class OverviewView {

    /** One row of the channel table. */
    public record ChannelRow(String channel, String kind, boolean platform, String revenue, String share, String orders,
                      String fees, String net) {
    }

    /**
     * One row of the "what you keep" table; {@code feeSource} is the {@code FeeSource} name (STATED,
     * ESTIMATED, STATED_AND_ESTIMATED, NO_SCHEDULE); shares are of the row's revenue, null when it is not positive.
     */
    public record KeepRow(String channel, String revenue, String fees, boolean feesEstimated, String feeSource,
                          String feesShare, String contributions, String kept, String keptShare) {
    }

    private final SellerReport report;
    private final MonthlyReport monthly;
    private final LocalFormat format;
    private final UnaryOperator<String> channelName;

    OverviewView(SellerReport report, MonthlyReport monthly, LocalFormat format) {
        this(report, monthly, format, UnaryOperator.identity());
    }

    /** @param channelName the name the page shows for a channel id (the charts' JSON keeps the id as "name"). */
    OverviewView(SellerReport report, MonthlyReport monthly, LocalFormat format, UnaryOperator<String> channelName) {
        this.channelName = channelName;
        this.report = report;
        this.monthly = monthly;
        this.format = format;
    }

    public SellerReport getReport() {
        return report;
    }

    public Concentration getConcentration() {
        return report.concentration();
    }

    public String getRevenue() {
        return money(report.revenue());
    }

    public String getNet() {
        return money(report.net());
    }

    public String getOrders() {
        return format.integer(report.orders());
    }

    /** Null when no channel stated its fees. */
    public String getFeesStated() {
        return report.channels().stream().anyMatch(ChannelFigures::feesStated) ? money(report.fees()) : null;
    }

    /** Fees stated and estimated. */
    public String getFees() {
        return money(report.fees());
    }

    /** True when part of the fees were estimated from a fee schedule. */
    public boolean getFeesEstimated() {
        return report.feesEstimated();
    }

    /** True when some channel's lines stated no fees and it has no fee schedule. */
    public boolean getNoScheduleChannels() {
        return report.channels().stream().anyMatch(c -> c.feeSource() == FeeSource.NO_SCHEDULE);
    }

    public String getContributions() {
        return money(report.contributions());
    }

    public String getKept() {
        return money(report.kept());
    }

    /** The seller's contribution rate, as a percentage: 12,3 % */
    public String getContributionRate() {
        return format.percent(report.contributionRate());
    }

    /** The rate as the profile form writes it: 12.3 */
    public String getContributionPercent() {
        return report.contributionRate().movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** goods, services or custom. */
    public String getActivity() {
        return new SellerProfile(report.contributionRate()).activity();
    }

    public String getFeesShare() {
        return shareOfRevenue(report.fees(), report.revenue());
    }

    public String getKeptShare() {
        return shareOfRevenue(report.kept(), report.revenue());
    }

    public List<KeepRow> getKeep() {
        List<KeepRow> rows = new ArrayList<>();
        for (ChannelFigures c : report.channels()) {
            rows.add(new KeepRow(c.channel(), money(c.revenue()), money(c.fees()), c.feesEstimated(), c.feeSource().name(),
                    shareOfRevenue(c.fees(), c.revenue()), money(c.contributions()), money(c.kept()),
                    shareOfRevenue(c.kept(), c.revenue())));
        }
        return rows;
    }

    private String shareOfRevenue(BigDecimal amount, BigDecimal revenue) {
        return revenue.signum() > 0 ? format.percent(amount.divide(revenue, MathContext.DECIMAL64)) : null;
    }

    public boolean getHasPlatform() {
        return report.concentration().topPlatform() != null;
    }

    /** The largest platform's name in the page's language. */
    public String getTopPlatform() {
        String top = report.concentration().topPlatform();
        return top == null ? null : channelName.apply(top);
    }

    public String getTopPlatformShare() {
        return format.percent(report.concentration().topPlatformShare());
    }

    public String getPlatformShare() {
        return format.percent(report.concentration().platformShare());
    }

    public String getControlledShare() {
        return format.percent(report.concentration().controlledShare());
    }

    /** Calendar months the period touches; the closure scenario spreads the revenue over them. */
    public long getMonths() {
        return ChronoUnit.MONTHS.between(YearMonth.from(report.from()), YearMonth.from(report.to().minusDays(1))) + 1;
    }

    /** Revenue of the top platform per month of the period: what its closure would cost (0 substitution). */
    public String getLossPerMonth() {
        BigDecimal top = report.channels().stream()
                .filter(c -> c.channel().equals(report.concentration().topPlatform()))
                .map(ChannelFigures::revenue).findFirst().orElse(BigDecimal.ZERO);
        return money(top.divide(BigDecimal.valueOf(getMonths()), MathContext.DECIMAL64));
    }

    public String getEffectiveChannels() {
        return format.number(report.concentration().effectiveChannels(), 1);
    }

    public String getHhi() {
        return format.number(report.concentration().hhi(), 0);
    }

    public String getRisk() {
        return report.concentration().risk().name();
    }

    public LocalDate getFrom() {
        return report.from();
    }

    /** The last day included (the report's {@code to} is exclusive). */
    public LocalDate getLastDay() {
        return report.to().minusDays(1);
    }

    public List<ChannelRow> getChannels() {
        List<ChannelRow> rows = new ArrayList<>();
        for (ChannelFigures c : report.channels()) {
            rows.add(new ChannelRow(c.channel(), c.kind().name(), c.kind().isPlatform(), money(c.revenue()),
                    format.percent(c.share()), format.integer(c.orders()),
                    c.feesEstimated() ? "≈ " + money(c.fees()) : money(c.fees()), money(c.net())));
        }
        return rows;
    }

    /**
     * Data for the charts: channel shares (donut), revenue per channel per month (stacked bars) and the
     * monthly dependence trend (topPlatformShare, platformShare, controlledShare as fractions).
     */
    public Map<String, Object> getCharts() {
        List<Map<String, Object>> shares = new ArrayList<>();
        for (ChannelFigures c : report.channels()) {
            if (c.revenue().signum() > 0) {
                shares.add(Map.of("name", c.channel(), "label", channelName.apply(c.channel()), "value", c.revenue().doubleValue()));
            }
        }
        List<String> months = monthly.months().stream().map(m -> m.month().toString()).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (String channel : monthly.channels()) {
            List<Double> values = monthly.months().stream().map(m -> m.channels().stream()
                    .filter(c -> c.channel().equals(channel)).map(c -> c.revenue().doubleValue())
                    .findFirst().orElse(0.0)).toList();
            series.add(Map.of("name", channel, "label", channelName.apply(channel), "data", values));
        }
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("currency", report.currency());
        charts.put("locale", format.locale().toLanguageTag());
        charts.put("shares", shares);
        charts.put("months", months);
        charts.put("series", series);
        Map<String, Object> trend = new LinkedHashMap<>();
        trend.put("topPlatformShare", monthly.months().stream().map(m -> m.topPlatformShare().doubleValue()).toList());
        trend.put("platformShare", monthly.months().stream().map(m -> m.platformShare().doubleValue()).toList());
        trend.put("controlledShare", monthly.months().stream().map(m -> m.controlledShare().doubleValue()).toList());
        trend.put("hasRevenue", monthly.months().stream().map(m -> m.revenue().signum() > 0).toList());
        charts.put("trend", trend);
        return charts;
    }

    private String money(BigDecimal amount) {
        return format.money(amount, report.currency());
    }
}
