package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.printable.PrintableReports;
import app.eggbasket.dashboard.printable.ReportPdf;
import app.eggbasket.dashboard.security.SellerAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/**
 * {@code GET /api/sellers/{id}/report.pdf?from=&to=&currency=}: the printable report (DESIGN §10) in the
 * request's language ({@code ?lang=fr|en}, the eggbasket-lang cookie, or Accept-Language). Errors are
 * problem details: 422 when there are no sales or no exchange rate.
 */
@RestController
class PrintableReportApiController {

    private final PrintableReports reports;
    private final ReportPdf renderer;
    private final SellerAccess access;

    PrintableReportApiController(PrintableReports reports, ReportPdf renderer, SellerAccess access) {
        this.reports = reports;
        this.renderer = renderer;
        this.access = access;
    }

    @GetMapping("/api/sellers/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable String id, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String currency,
                                  Authentication authentication, Locale locale) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        return PrintableReportResponses.pdf(reports, renderer, seller, from, to, currency, locale);
    }
}
