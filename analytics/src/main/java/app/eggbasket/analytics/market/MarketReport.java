package app.eggbasket.analytics.market;

import java.time.LocalDate;
import java.util.List;

/**
 * The published cooperative market report (DESIGN §5): only cells that passed disclosure control carry
 * figures. The tables and their margins: {@code channels} grouped by {@code kinds} under {@code total};
 * {@code channelQuarters} (channel × quarter) with the channels as row totals and {@code quarterTotals} as
 * column totals.
 *
 * @param from          first day covered (inclusive), null when no consenting seller has a line
 * @param to            day after the last quarter covered (exclusive)
 * @param quarters      the quarters of the channel × quarter table, in order
 * @param consenting    how many members consented
 * @param excludedLines lines of consenting sellers left out because no ECB rate converts them to euros
 */
public record MarketReport(String currency, LocalDate from, LocalDate to, List<String> quarters, DisclosureRules rules,
                           long consenting, long excludedLines, MarketCell total, List<MarketCell> kinds,
                           List<MarketCell> channels, List<MarketCell> quarterTotals, List<MarketCell> channelQuarters) {
}
