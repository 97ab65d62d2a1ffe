package app.eggbasket.analytics.market;

import app.eggbasket.analytics.concentration.Risk;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One published cell. A suppressed cell carries its key and {@link Status#SUPPRESSED} only: no figure at
 * all, not even its number of sellers. An empty cell (no consenting seller sold there) is published as such.
 *
 * @param figures null unless {@code status} is {@link Status#PUBLISHED}
 */
public record MarketCell(CellKey key, Status status, Figures figures) {

    public enum Status { PUBLISHED, SUPPRESSED, EMPTY }

    /**
     * @param sellers          distinct sellers with positive revenue in the cell (a seller with several shops counts once)
     * @param revenue          total revenue in EUR, two decimals
     * @param medianShare      median over those sellers of the cell's share of each one's revenue (4 decimals); null
     *                         for the total and quarter cells, where it is 1 by definition
     * @param topPlatformShare quartiles of those sellers' topPlatformShare over the cell's period
     * @param risk             those sellers per risk level
     */
    public record Figures(long sellers, BigDecimal revenue, BigDecimal medianShare, Quartiles topPlatformShare,
                          Map<Risk, Long> risk) {
    }

    /** First quartile, median and third quartile, by linear interpolation between order statistics (4 decimals). */
    public record Quartiles(BigDecimal q1, BigDecimal median, BigDecimal q3) {
    }
}
