package app.eggbasket.analytics.engine;

import app.eggbasket.ingestion.sale.ChannelKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of {@link MetricSql#reportPass} as an engine reads it; columns a part does not use are null.
 * {@link #totals} puts the rows of one pass together.
 */
public record ReportPassRow(String part, String channel, String channelKind, LocalDate day, LocalDate lastDate,
                            String currency, String sourceFormat, Integer feesStated, BigDecimal revenue,
                            BigDecimal fees, Long feeLines, Long lines, Long orders, Long units) {

    public static ReportTotals totals(List<ReportPassRow> rows) {
        Optional<Period> range = Optional.empty();
        List<String> currencies = new ArrayList<>();
        List<ChannelTotals> channels = new ArrayList<>();
        List<FeeBase> feeBases = new ArrayList<>();
        for (ReportPassRow row : rows) {
            switch (row.part) {
                case "range" -> range = row.day == null ? Optional.empty()
                        : Optional.of(new Period(row.day, SalesEngine.dayAfter(row.lastDate)));
                case "currency" -> currencies.add(row.currency);
                case "channel" -> channels.add(new ChannelTotals(row.channel, ChannelKind.valueOf(row.channelKind),
                        row.revenue, row.fees, row.feeLines, row.lines, row.orders));
                case "fee_base" -> feeBases.add(new FeeBase(row.channel, row.day, row.sourceFormat, row.feesStated == 1,
                        row.revenue, row.orders, row.units, row.lines));
                default -> throw new IllegalStateException("unknown part of the report pass: " + row.part);
            }
        }
        return new ReportTotals(range, currencies, channels, feeBases);
    }
}
