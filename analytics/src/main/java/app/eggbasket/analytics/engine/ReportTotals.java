package app.eggbasket.analytics.engine;

import java.util.List;
import java.util.Optional;

/**
 * What one pass over a seller's lines gives her report ({@link MetricSql#reportPass}), amounts as found
 * (unconverted).
 *
 * @param dataRange  first and last order dates of all her lines ({@link SalesEngine#dataRange})
 * @param currencies distinct currencies of the lines asked for ({@link SalesEngine#currencies})
 * @param channels   their totals per channel, largest revenue first ({@link SalesEngine#channelTotals})
 * @param feeBases   their fee bases ({@link SalesEngine#unstatedFeeBases})
 */
public record ReportTotals(Optional<Period> dataRange, List<String> currencies, List<ChannelTotals> channels,
                           List<FeeBase> feeBases) {

    /** A seller without any line. */
    public static final ReportTotals NONE = new ReportTotals(Optional.empty(), List.of(), List.of(), List.of());

    public ReportTotals {
        currencies = List.copyOf(currencies);
        channels = List.copyOf(channels);
        feeBases = List.copyOf(feeBases);
    }
}
