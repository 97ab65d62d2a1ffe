package app.eggbasket.dashboard.printable;

import app.eggbasket.analytics.report.ChannelFigures;
import app.eggbasket.analytics.report.FeeSource;
import app.eggbasket.ingestion.sale.ChannelKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The channel lines of the report's tables and bar chart, largest revenue first. Beyond {@link #MAX} channels
 * the smallest are summed into one line "other channels" so that the report keeps to two pages; every
 * figure of that line is the exact sum of the report's figures for those channels.
 *
 * @param kind     null for the line of other channels
 * @param grouped  how many channels the line stands for (1 for a channel of its own)
 */
record ChannelRows(String channel, ChannelKind kind, int grouped, BigDecimal revenue, BigDecimal share, long orders,
                   BigDecimal fees, boolean feesEstimated, boolean noSchedule, BigDecimal net,
                   BigDecimal contributions, BigDecimal kept) {

    static final int MAX = 6;

    static List<ChannelRows> of(List<ChannelFigures> channels) {
        List<ChannelFigures> sorted = channels.stream()
                .sorted(Comparator.comparing(ChannelFigures::revenue).reversed().thenComparing(ChannelFigures::channel))
                .toList();
        List<ChannelRows> rows = new ArrayList<>();
        int own = sorted.size() <= MAX ? sorted.size() : MAX - 1;
        for (ChannelFigures c : sorted.subList(0, own)) {
            rows.add(new ChannelRows(c.channel(), c.kind(), 1, c.revenue(), c.share(), c.orders(), c.fees(),
                    c.feesEstimated(), c.feeSource() == FeeSource.NO_SCHEDULE, c.net(), c.contributions(), c.kept()));
        }
        List<ChannelFigures> rest = sorted.subList(own, sorted.size());
        if (!rest.isEmpty()) {
            rows.add(new ChannelRows(null, null, rest.size(), sum(rest, ChannelFigures::revenue), sum(rest, ChannelFigures::share),
                    rest.stream().mapToLong(ChannelFigures::orders).sum(), sum(rest, ChannelFigures::fees),
                    rest.stream().anyMatch(ChannelFigures::feesEstimated),
                    rest.stream().anyMatch(c -> c.feeSource() == FeeSource.NO_SCHEDULE), sum(rest, ChannelFigures::net),
                    sum(rest, ChannelFigures::contributions), sum(rest, ChannelFigures::kept)));
        }
        return rows;
    }

    boolean others() {
        return kind == null;
    }

    boolean platform() {
        return kind != null && kind.isPlatform();
    }

    private static BigDecimal sum(List<ChannelFigures> channels, java.util.function.Function<ChannelFigures, BigDecimal> figure) {
        return channels.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
