package app.eggbasket.analytics.edition;

import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.analytics.market.DisclosureRules;
import app.eggbasket.analytics.market.MarketCell;
import app.eggbasket.analytics.market.MarketReport;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeWriter;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A lake with a cooperative, its members' sales, and the publisher of its editions on DuckDB. */
final class EditionFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-07-15T09:00:00Z");

    final Lake lake;
    final DuckDbEngine engine;
    final Cooperative coop;
    final ConsentStore consents;
    final app.eggbasket.analytics.cooperative.Members members;
    final EditionPublisher publisher;
    private final LakeWriter writer;
    private int order;

    EditionFixture(Path data) {
        this.lake = new Lake(data);
        this.engine = new DuckDbEngine(lake);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Cooperatives cooperatives = new Cooperatives(lake, clock);
        this.coop = cooperatives.create(Cooperative.withDefaultRules("alpes", "Makers of the Alps", NOW));
        this.members = cooperatives.members(coop.id());
        this.consents = new ConsentStore(lake, coop.id());
        this.publisher = new EditionPublisher(lake, engine, "duckdb", RiskThresholds.DEFAULT, DisclosureRules.DEFAULT, clock);
        this.writer = new LakeWriter(lake);
    }

    /** Adds a sale of the seller and makes her a consenting member. */
    EditionFixture sale(String seller, String channel, ChannelKind kind, String date, String amount) {
        LocalDate day = LocalDate.parse(date);
        BigDecimal value = new BigDecimal(amount);
        BigDecimal zero = BigDecimal.ZERO;
        String id = Integer.toString(++order);
        writer.merge(seller, List.of(new SaleLine(seller, channel, kind, "test", "upload-" + id, 2, id, id,
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), day, "item", null, 1, "EUR", value, zero, zero, zero, zero,
                null, value, null, null, SaleStatus.COMPLETED)), NOW);
        members.join(seller, null);
        consents.give(seller);
        return this;
    }

    Release preview(String period) {
        return publisher.preview(coop, EditionPeriod.parse(period), "manager");
    }

    Release publish(String period) {
        return publisher.publish(coop, preview(period).id());
    }

    /** Every cell of a report by key, with its revenue when published. */
    static Map<app.eggbasket.analytics.market.CellKey, BigDecimal> publishedRevenue(MarketReport report) {
        Map<app.eggbasket.analytics.market.CellKey, BigDecimal> out = new HashMap<>();
        cells(report).filter(c -> c.status() == MarketCell.Status.PUBLISHED).forEach(c -> out.put(c.key(), c.figures().revenue()));
        return out;
    }

    static Stream<MarketCell> cells(MarketReport r) {
        List<MarketCell> all = new ArrayList<>();
        all.add(r.total());
        all.addAll(r.kinds());
        all.addAll(r.channels());
        all.addAll(r.quarterTotals());
        all.addAll(r.channelQuarters());
        return all.stream();
    }

    @Override
    public void close() {
        engine.close();
    }
}
