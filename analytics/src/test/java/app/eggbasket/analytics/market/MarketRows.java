package app.eggbasket.analytics.market;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.ingestion.sale.ChannelKind;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Engine rows written by hand for the market tests. */
final class MarketRows {

    private final List<SellerQuarterRevenue> rows = new ArrayList<>();

    MarketRows add(String seller, String channel, ChannelKind kind, String quarter, String revenue) {
        int year = Integer.parseInt(quarter.substring(0, 4));
        int q = Integer.parseInt(quarter.substring(6));
        rows.add(new SellerQuarterRevenue(seller, channel, kind, LocalDateTime.of(2026, 1, 1, 0, 0), year, q,
                new BigDecimal(revenue), 0));
        return this;
    }

    List<SellerQuarterRevenue> rows() {
        return rows;
    }

    MarketComputation compute(DisclosureRules rules) {
        return MarketComputation.of(rows, rules, RiskThresholds.DEFAULT, null, null,
                rows.stream().map(SellerQuarterRevenue::sellerId).distinct().count(), 0);
    }
}
