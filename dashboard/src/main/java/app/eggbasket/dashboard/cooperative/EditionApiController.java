package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.edition.ReleaseJson;
import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.market.MarketReportJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public API of editions (DESIGN §5, §6), no login: {@code GET /api/coops/{coop}/editions} (the list, newest
 * first), {@code GET /api/coops/{coop}/editions/{n}} (one edition, its report as {@link MarketReportJson#json}) and
 * {@code GET /api/market/report}, the latest edition's report in the market report's JSON. A 404 problem detail
 * when there is no such cooperative or edition, or no edition at all yet.
 */
@RestController
class EditionApiController {

    private final PublicEditions editions;

    EditionApiController(PublicEditions editions) {
        this.editions = editions;
    }

    @GetMapping("/api/coops/{coop}/editions")
    ObjectNode list(@PathVariable String coop) {
        Cooperative c = editions.cooperative(coop);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode cooperative = root.putObject("cooperative");
        cooperative.put("id", c.id());
        cooperative.put("name", c.name());
        ArrayNode list = root.putArray("editions");
        editions.editions(coop).forEach(e -> {
            ObjectNode summary = ReleaseJson.edition(e);
            summary.remove("cooperative");
            summary.remove("report");
            summary.put("href", "/api/coops/" + c.id() + "/editions/" + e.edition());
            list.add(summary);
        });
        return root;
    }

    @GetMapping("/api/coops/{coop}/editions/{n}")
    ObjectNode edition(@PathVariable String coop, @PathVariable String n) {
        return ReleaseJson.edition(editions.edition(coop, n));
    }

    /** The latest edition's report, the JSON {@code /api/market/report} always gave. */
    @GetMapping("/api/market/report")
    ObjectNode latest() {
        return MarketReportJson.json(editions.requireLatest().report());
    }
}
