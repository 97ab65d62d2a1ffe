package app.eggbasket.analytics.market;

import app.eggbasket.analytics.concentration.Risk;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The market report as JSON ({@code market-report --json}, {@code GET /api/market/report}, the page's JSON
 * download) and CSV. A suppressed cell is written with its key and {@code "status": "SUPPRESSED"} only; an
 * empty one with 0 sellers and 0.00 revenue. Amounts with two decimals, shares as fractions 0–1.
 */
public final class MarketReportJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MarketReportJson() {
    }

    public static ObjectNode json(MarketReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("currency", report.currency());
        root.put("from", report.from() == null ? null : report.from().toString());
        root.put("to", report.to() == null ? null : report.to().toString());
        ArrayNode quarters = root.putArray("quarters");
        report.quarters().forEach(quarters::add);
        ObjectNode rules = root.putObject("rules");
        rules.put("minSellers", report.rules().minSellers());
        rules.put("dominance", report.rules().dominance());
        rules.put("quantileMinSellers", report.rules().quantileMinSellers());
        rules.put("protectionLevel", report.rules().protectionLevel());
        root.put("consentingSellers", report.consenting());
        root.put("excludedLines", report.excludedLines());
        root.set("total", cell(report.total()));
        root.set("kinds", cells(report.kinds()));
        root.set("channels", cells(report.channels()));
        root.set("quarterTotals", cells(report.quarterTotals()));
        root.set("channelQuarters", cells(report.channelQuarters()));
        return root;
    }

    /**
     * The report back from its JSON ({@link #json}), as an edition is stored: the same cells, statuses and figures.
     *
     * @throws IllegalArgumentException when the JSON is not such a report
     */
    public static MarketReport read(com.fasterxml.jackson.databind.JsonNode root) {
        try {
            com.fasterxml.jackson.databind.JsonNode r = root.get("rules");
            DisclosureRules rules = new DisclosureRules(r.get("minSellers").asInt(), r.get("dominance").decimalValue(), true,
                    r.path("quantileMinSellers").asInt(Math.max(r.get("minSellers").asInt(), DisclosureRules.DEFAULT_QUANTILE_MIN_SELLERS)),
                    // a report stored before the interval audit was only audited for exact recovery
                    r.has("protectionLevel") ? r.get("protectionLevel").decimalValue() : BigDecimal.ZERO);
            List<String> quarters = new ArrayList<>();
            root.get("quarters").forEach(q -> quarters.add(q.asText()));
            return new MarketReport(root.get("currency").asText(), date(root.get("from")), date(root.get("to")),
                    List.copyOf(quarters), rules, root.get("consentingSellers").asLong(), root.get("excludedLines").asLong(),
                    readCell(root.get("total"), CellKey.Dimension.TOTAL), readCells(root.get("kinds"), CellKey.Dimension.KIND),
                    readCells(root.get("channels"), CellKey.Dimension.CHANNEL),
                    readCells(root.get("quarterTotals"), CellKey.Dimension.QUARTER),
                    readCells(root.get("channelQuarters"), CellKey.Dimension.CHANNEL_QUARTER));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a market report: " + e.getMessage(), e);
        }
    }

    private static java.time.LocalDate date(com.fasterxml.jackson.databind.JsonNode node) {
        return node == null || node.isNull() ? null : java.time.LocalDate.parse(node.asText());
    }

    private static List<MarketCell> readCells(com.fasterxml.jackson.databind.JsonNode array, CellKey.Dimension dimension) {
        List<MarketCell> out = new ArrayList<>();
        array.forEach(node -> out.add(readCell(node, dimension)));
        return List.copyOf(out);
    }

    private static MarketCell readCell(com.fasterxml.jackson.databind.JsonNode node, CellKey.Dimension dimension) {
        CellKey key = new CellKey(dimension, node.hasNonNull("channel") ? node.get("channel").asText() : null,
                node.hasNonNull("kind") ? app.eggbasket.ingestion.sale.ChannelKind.valueOf(node.get("kind").asText()) : null,
                node.hasNonNull("quarter") ? node.get("quarter").asText() : null);
        MarketCell.Status status = MarketCell.Status.valueOf(node.get("status").asText());
        if (status != MarketCell.Status.PUBLISHED) {
            return new MarketCell(key, status, null);
        }
        MarketCell.Quartiles tps = null;
        if (node.hasNonNull("topPlatformShare")) {
            com.fasterxml.jackson.databind.JsonNode t = node.get("topPlatformShare");
            tps = new MarketCell.Quartiles(t.get("q1").decimalValue(), t.get("median").decimalValue(), t.get("q3").decimalValue());
        }
        java.util.Map<Risk, Long> risk = new java.util.EnumMap<>(Risk.class);
        node.path("risk").fields().forEachRemaining(e -> risk.put(Risk.valueOf(e.getKey()), e.getValue().asLong()));
        return new MarketCell(key, status, new MarketCell.Figures(node.get("sellers").asLong(),
                node.get("revenue").decimalValue().setScale(2), node.hasNonNull("medianShare") ? node.get("medianShare").decimalValue() : null,
                tps, java.util.Collections.unmodifiableMap(risk)));
    }

    public static String text(MarketReport report, ObjectMapper mapper) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json(report));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArrayNode cells(List<MarketCell> cells) {
        ArrayNode array = NODES.arrayNode();
        cells.forEach(c -> array.add(cell(c)));
        return array;
    }

    static ObjectNode cell(MarketCell c) {
        ObjectNode node = NODES.objectNode();
        if (c.key().channel() != null) {
            node.put("channel", c.key().channel());
        }
        if (c.key().kind() != null) {
            node.put("kind", c.key().kind().name());
        }
        if (c.key().quarter() != null) {
            node.put("quarter", c.key().quarter());
        }
        node.put("status", c.status().name());
        if (c.status() == MarketCell.Status.EMPTY) {
            node.put("sellers", 0);
            node.put("revenue", BigDecimal.ZERO.setScale(2));
        } else if (c.status() == MarketCell.Status.PUBLISHED) {
            MarketCell.Figures f = c.figures();
            node.put("sellers", f.sellers());
            node.put("revenue", f.revenue());
            if (f.medianShare() != null) {
                node.put("medianShare", f.medianShare());
            }
            if (f.topPlatformShare() != null) {
                ObjectNode tps = node.putObject("topPlatformShare");
                tps.put("q1", f.topPlatformShare().q1());
                tps.put("median", f.topPlatformShare().median());
                tps.put("q3", f.topPlatformShare().q3());
            }
            ObjectNode risk = node.putObject("risk");
            f.risk().forEach((level, count) -> risk.put(level.name(), count));
        }
        return node;
    }

    /** One row per cell; suppressed cells have their figures empty. */
    public static String csv(MarketReport report) {
        StringBuilder out = new StringBuilder("table,channel,kind,quarter,status,sellers,revenue_eur,median_share,"
                + "top_platform_share_q1,top_platform_share_median,top_platform_share_q3,"
                + "sellers_low,sellers_moderate,sellers_high,sellers_critical\r\n");
        row(out, "total", report.total());
        report.kinds().forEach(c -> row(out, "kind", c));
        report.channels().forEach(c -> row(out, "channel", c));
        report.quarterTotals().forEach(c -> row(out, "quarter", c));
        report.channelQuarters().forEach(c -> row(out, "channel_quarter", c));
        return out.toString();
    }

    private static void row(StringBuilder out, String table, MarketCell c) {
        List<String> v = new ArrayList<>();
        v.add(table);
        v.add(c.key().channel() == null ? "" : c.key().channel());
        v.add(c.key().kind() == null ? "" : c.key().kind().name());
        v.add(c.key().quarter() == null ? "" : c.key().quarter());
        v.add(c.status().name());
        MarketCell.Figures f = c.figures();
        if (c.status() == MarketCell.Status.EMPTY) {
            v.addAll(List.of("0", "0.00", "", "", "", "", "0", "0", "0", "0"));
        } else if (f == null) {
            v.addAll(List.of("", "", "", "", "", "", "", "", "", ""));
        } else {
            v.add(Long.toString(f.sellers()));
            v.add(f.revenue().toPlainString());
            v.add(f.medianShare() == null ? "" : f.medianShare().toPlainString());
            v.add(f.topPlatformShare() == null ? "" : f.topPlatformShare().q1().toPlainString());
            v.add(f.topPlatformShare() == null ? "" : f.topPlatformShare().median().toPlainString());
            v.add(f.topPlatformShare() == null ? "" : f.topPlatformShare().q3().toPlainString());
            for (Risk r : Risk.values()) {
                v.add(f.risk().containsKey(r) ? Long.toString(f.risk().get(r)) : ""); // absent: withheld (SmallCells)
            }
        }
        out.append(String.join(",", v.stream().map(MarketReportJson::field).toList())).append("\r\n");
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }

    /** RFC 4180 quoting; a value a spreadsheet would take for a formula is prefixed with an apostrophe. */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
