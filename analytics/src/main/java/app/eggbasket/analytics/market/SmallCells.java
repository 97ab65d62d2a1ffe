package app.eggbasket.analytics.market;

import app.eggbasket.analytics.concentration.Risk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a published cell may still say about few members (issue 13): its quantiles only with
 * {@link DisclosureRules#quantileMinSellers()} sellers or more (the median of three sellers is one seller's exact
 * share), and no count of 1 or 2 members per risk level (a 1 tells the members who is CRITICAL). A withheld
 * level is absent from {@link MarketCell.Figures#risk()}; when one level alone would be withheld, the cell's
 * seller count would give it back by subtraction, so the smallest other level is withheld too.
 */
final class SmallCells {

    private SmallCells() {
    }

    static MarketCell.Figures protect(MarketCell.Figures f, DisclosureRules rules) {
        boolean quantiles = f.sellers() >= rules.quantileMinSellers();
        return new MarketCell.Figures(f.sellers(), f.revenue(), quantiles ? f.medianShare() : null,
                quantiles ? f.topPlatformShare() : null, riskLevels(f.risk()));
    }

    private static Map<Risk, Long> riskLevels(Map<Risk, Long> counts) {
        Map<Risk, Long> shown = new EnumMap<>(counts);
        List<Risk> withheld = new ArrayList<>();
        counts.forEach((level, n) -> {
            if (n > 0 && n < DisclosureRules.SMALLEST_COUNT) {
                withheld.add(level);
            }
        });
        if (withheld.size() == 1) {
            shown.keySet().stream().filter(level -> !withheld.contains(level))
                    .min(Comparator.comparing((Risk level) -> counts.get(level)).thenComparing(Enum::ordinal))
                    .ifPresent(withheld::add);
        }
        withheld.forEach(shown::remove);
        return Collections.unmodifiableMap(shown);
    }
}
