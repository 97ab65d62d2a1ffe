package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.market.MarketReportJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/market/report}: the cooperative market report (DESIGN §5, §6). Public, no login: it holds
 * published aggregates only, suppressed cells marked as such without any figure.
 */
@RestController
class MarketApiController {

    private final MarketReports reports;

    MarketApiController(MarketReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/market/report")
    ObjectNode report() {
        return MarketReportJson.json(reports.published());
    }
}
