package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.printable.PrintableReport;
import app.eggbasket.dashboard.printable.PrintableReports;
import app.eggbasket.dashboard.printable.ReportPdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Locale;

/** The printable report of a checked seller and request, as the page and API routes both answer it. */
final class PrintableReportResponses {

    private PrintableReportResponses() {
    }

    /**
     * @param seller a seller id the caller was allowed to read ({@link SellerRequests#allowedSeller})
     * @throws app.eggbasket.dashboard.web.InvalidRequestException for a malformed period or currency
     */
    static ResponseEntity<byte[]> pdf(PrintableReports reports, ReportPdf renderer, String seller, String from, String to,
                                      String currency, Locale locale) {
        SellerRequests.DateRange period = SellerRequests.period(from, to);
        PrintableReport report = reports.gather(seller, period.from(), period.to(), SellerRequests.currency(currency));
        byte[] pdf = renderer.render(report, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(report.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf);
    }
}
