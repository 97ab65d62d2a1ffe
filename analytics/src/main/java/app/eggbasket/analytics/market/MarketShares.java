package app.eggbasket.analytics.market;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Each channel's share of the cooperative's revenue, as a published report lets anyone work it out: the published
 * channels' revenue over the published total, and one part for every withheld channel together — the total less the
 * published channels, which discloses nothing the tables do not (a cell withheld alone would be recovered by the same
 * subtraction, which is why secondary suppression never leaves one alone).
 */
public final class MarketShares {

    /**
     * One part of the total.
     *
     * @param channel the published channel cell, null for the withheld channels together
     * @param revenue its revenue (EUR, two decimals)
     * @param share   its share of the total revenue, 0–1 with four decimals
     */
    public record Share(MarketCell channel, BigDecimal revenue, BigDecimal share) {

        public boolean withheld() {
            return channel == null;
        }
    }

    private MarketShares() {
    }

    /**
     * The published channels, largest share first, then the withheld part when a channel is withheld; nothing when
     * the total is not published or is not positive.
     */
    public static List<Share> of(MarketReport report) {
        MarketCell total = report.total();
        if (total.status() != MarketCell.Status.PUBLISHED || total.figures().revenue().signum() <= 0) {
            return List.of();
        }
        BigDecimal revenue = total.figures().revenue();
        BigDecimal shown = BigDecimal.ZERO;
        boolean withheld = false;
        List<Share> out = new ArrayList<>();
        for (MarketCell c : report.channels()) {
            if (c.status() == MarketCell.Status.PUBLISHED) {
                shown = shown.add(c.figures().revenue());
                out.add(new Share(c, c.figures().revenue(), share(c.figures().revenue(), revenue)));
            } else if (c.status() == MarketCell.Status.SUPPRESSED) {
                withheld = true;
            }
        }
        out.sort(Comparator.comparing(Share::share).reversed());
        if (withheld) {
            BigDecimal rest = revenue.subtract(shown);
            out.add(new Share(null, rest, share(rest, revenue)));
        }
        return List.copyOf(out);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return part.divide(total, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_EVEN);
    }
}
