package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.market.MarketReportJson;
import app.eggbasket.dashboard.web.LocalFormat;
import app.eggbasket.dashboard.web.PageController;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The public cooperative market report ({@code /market}, with CSV and JSON downloads). */
@PageController
class MarketPageController {

    private final MarketReports reports;
    private final ObjectMapper json;

    MarketPageController(MarketReports reports, ObjectMapper json) {
        this.reports = reports;
        this.json = json;
    }

    @GetMapping("/market")
    String page(Locale locale, Model model) {
        model.addAttribute("market", MarketView.of(reports.published(), new LocalFormat(locale)));
        return "market";
    }

    @GetMapping("/market/report.csv")
    ResponseEntity<byte[]> csv() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"eggbasket-market-report.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(MarketReportJson.csv(reports.published()).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/market/report.json")
    ResponseEntity<byte[]> json() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"eggbasket-market-report.json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(MarketReportJson.text(reports.published(), json).getBytes(StandardCharsets.UTF_8));
    }
}
