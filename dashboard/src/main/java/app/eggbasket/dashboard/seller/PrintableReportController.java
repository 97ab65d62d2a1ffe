package app.eggbasket.dashboard.seller;

import app.eggbasket.analytics.currency.UnknownCurrencyException;
import app.eggbasket.dashboard.printable.NoSalesException;
import app.eggbasket.dashboard.printable.PrintableReports;
import app.eggbasket.dashboard.printable.ReportPdf;
import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.dashboard.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.util.Locale;

/**
 * The seller's printable report, downloaded from her overview: the PDF of the period and currency the
 * overview shows, in the language of the page. A report that cannot be made gives the error page.
 */
@PageController
class PrintableReportController {

    private final PrintableReports reports;
    private final ReportPdf renderer;
    private final SellerAccess access;

    PrintableReportController(PrintableReports reports, ReportPdf renderer, SellerAccess access) {
        this.reports = reports;
        this.renderer = renderer;
        this.access = access;
    }

    @GetMapping("/sellers/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable String id, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String currency,
                                  Authentication authentication, Locale locale) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        return PrintableReportResponses.pdf(reports, renderer, seller, from, to, currency, locale);
    }

    @ExceptionHandler(NoSalesException.class)
    ModelAndView noSales(NoSalesException e) {
        return error(HttpStatus.UNPROCESSABLE_ENTITY, "pdf.error.noSales", null);
    }

    @ExceptionHandler(UnknownCurrencyException.class)
    ModelAndView unknownCurrency(UnknownCurrencyException e) {
        return error(HttpStatus.BAD_REQUEST, "error.currency", null);
    }

    private static ModelAndView error(HttpStatus status, String messageKey, String detail) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("errorKey", messageKey);
        page.addObject("errorDetail", detail);
        return page;
    }
}
