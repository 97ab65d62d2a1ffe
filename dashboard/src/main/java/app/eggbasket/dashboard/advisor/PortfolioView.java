package app.eggbasket.dashboard.advisor;

import app.eggbasket.dashboard.web.LocalFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The portfolio page's rows, formatted in the viewer's language. */
record PortfolioView(List<Row> rows, int computed, int notComputed) {


    /**
     * One client as the page shows her. {@code reasonKey} and {@code reasonArgs} translate why her figures are
     * missing; {@code change} is {@code up}, {@code down}, {@code same} or null.
     */
    record Row(String seller, boolean computed, String reasonKey, Object[] reasonArgs, YearMonth from, YearMonth to,
               String revenue, String topPlatform, String topPlatformShare, String hhi, String effectiveChannels,
               String controlledShare, String risk, String previousRisk, String change, Sparkline trend,
               String trendText, LocalDate lastUpload, boolean stale, LocalDate grantUntil) {
    }

    static PortfolioView of(List<ClientRow> clients, LocalFormat format) {
        List<Row> rows = clients.stream().map(c -> row(c, format)).toList();
        int computed = (int) rows.stream().filter(Row::computed).count();
        return new PortfolioView(rows, computed, rows.size() - computed);
    }

    private static Row row(ClientRow c, LocalFormat f) {
        boolean computed = c.risk() != null;
        Reason reason = reason(c, f);
        String reasonKey = reason == null ? null : reason.key();
        Object[] reasonArgs = reason == null ? new Object[0] : reason.args();
        String change = c.riskChange() == null ? null : c.riskChange() > 0 ? "up" : c.riskChange() < 0 ? "down" : "same";
        String trendText = String.join(" · ", c.trend().stream().map(s -> s == null ? "–" : f.percent(s)).toList());
        return new Row(c.seller(), computed, reasonKey, reasonArgs, c.from(), c.to(),
                c.revenue() == null ? null : f.money(c.revenue(), c.currency()), c.topPlatform(),
                pct(c.topPlatformShare(), f), c.hhi() == null ? null : f.number(c.hhi(), 0),
                c.effectiveChannels() == null ? null : f.number(c.effectiveChannels(), 2), pct(c.controlledShare(), f),
                c.risk(), c.previousRisk(), change, Sparkline.of(c.trend()), trendText, c.lastUpload(), c.stale(),
                c.grantUntil());
    }

    /** Why a client has no figures, as a message key and its arguments. */
    record Reason(String key, Object[] args) {
    }

    /** Null when her figures are there. */
    static Reason reason(ClientRow c, LocalFormat f) {
        return switch (c.status()) {
            case COMPUTED -> null;
            case NO_SALES -> new Reason("portfolio.reason.noSales", new Object[0]);
            case NO_RATE -> new Reason("portfolio.reason.noRate", new Object[]{f.integer(c.missing().lines()),
                    String.join(", ", c.missing().currencies()), f.date(c.missing().from()), f.date(c.missing().to())});
        };
    }

    private static String pct(BigDecimal share, LocalFormat f) {
        return share == null ? null : f.percent(share);
    }
}
