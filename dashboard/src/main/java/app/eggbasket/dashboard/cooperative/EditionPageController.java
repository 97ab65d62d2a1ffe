package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.edition.Release;
import app.eggbasket.dashboard.printable.EditionPdf;
import app.eggbasket.dashboard.web.LocalFormat;
import app.eggbasket.dashboard.web.PageController;
import app.eggbasket.dashboard.web.table.TableDownload;
import app.eggbasket.dashboard.web.table.TableFormat;
import app.eggbasket.dashboard.web.table.TableText;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import java.util.Locale;

/**
 * The public pages of editions (DESIGN §5, §10), no login: a cooperative's editions ({@code /coops/{coop}/editions}),
 * each edition's page with its tables, charts and methodology ({@code /coops/{coop}/editions/{n}}), its tables as
 * CSV or XLSX ({@code ?table=kinds|channels|quarters&export=csv|xlsx}) and the whole edition as CSV, JSON and PDF
 * ({@code …/report.csv|json|pdf}). The old live market page's addresses point at the latest edition of the instance:
 * {@code /market} redirects to its page, {@code /market/report.csv|json} are its files. Nothing here computes a report:
 * an edition is read as it was frozen when published.
 */
@PageController
class EditionPageController {

    /** No cooperative has published an edition: the old market addresses have nothing to point at. */
    static final class NoEditionYet extends RuntimeException {
        NoEditionYet() {
            super("no edition published yet", null, false, false);
        }
    }

    private final PublicEditions editions;
    private final EditionPdf pdf;
    private final MessageSource messages;

    EditionPageController(PublicEditions editions, EditionPdf pdf, MessageSource messages) {
        this.editions = editions;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/coops/{coop}/editions")
    String list(@PathVariable String coop, Locale locale, Model model) {
        LocalFormat format = new LocalFormat(locale);
        model.addAttribute("cooperative", editions.cooperative(coop));
        model.addAttribute("editions", editions.editions(coop).stream().map(e -> EditionView.of(e, format)).toList());
        return "editions";
    }

    @GetMapping("/coops/{coop}/editions/{n}")
    String edition(@PathVariable String coop, @PathVariable String n, Locale locale, Model model) {
        model.addAttribute("edition", EditionView.of(editions.edition(coop, n), new LocalFormat(locale)));
        return "edition";
    }

    @GetMapping(path = "/coops/{coop}/editions/{n}", params = TableDownload.EXPORT)
    ResponseEntity<byte[]> table(@PathVariable String coop, @PathVariable String n,
                                 @RequestParam(TableDownload.TABLE) String table,
                                 @RequestParam(TableDownload.EXPORT) String export, Locale locale) {
        TableFormat format = TableFormat.parse(export);
        Release edition = editions.edition(coop, n);
        if (!MarketTables.IDS.contains(table)) {
            throw TableDownload.unknownTable();
        }
        if (edition.report().from() == null) {
            throw TableDownload.notShown();
        }
        return TableDownload.of(MarketTables.table(table, edition.report(), new TableText(messages, locale)), format, locale);
    }

    @GetMapping("/coops/{coop}/editions/{n}/report.csv")
    ResponseEntity<byte[]> csv(@PathVariable String coop, @PathVariable String n) {
        return editions.csv(editions.edition(coop, n));
    }

    @GetMapping("/coops/{coop}/editions/{n}/report.json")
    ResponseEntity<byte[]> json(@PathVariable String coop, @PathVariable String n) {
        return editions.json(editions.edition(coop, n));
    }

    /** In the page's language ({@code ?lang=fr|en} switches it, as on every page). */
    @GetMapping("/coops/{coop}/editions/{n}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String coop, @PathVariable String n, Locale locale) {
        Release edition = editions.edition(coop, n);
        return PublicEditions.file(edition, "pdf", MediaType.APPLICATION_PDF, pdf.render(edition, locale));
    }

    /**
     * The latest edition's page (303, the query kept: a table download or {@code ?lang} still works), or, when no
     * cooperative has published one, a page that says so and lists the cooperatives.
     */
    @GetMapping("/market")
    ModelAndView market(HttpServletRequest request) {
        return editions.latest().map(latest -> {
            String query = request.getQueryString();
            RedirectView redirect = new RedirectView("/coops/" + latest.cooperative() + "/editions/" + latest.edition()
                    + (query == null ? "" : "?" + query), true);
            redirect.setStatusCode(HttpStatus.SEE_OTHER);
            redirect.setExposeModelAttributes(false);
            return new ModelAndView(redirect);
        }).orElseGet(() -> new ModelAndView("no-edition", "cooperatives", editions.cooperatives()));
    }

    @GetMapping("/market/report.csv")
    ResponseEntity<byte[]> latestCsv() {
        return editions.csv(editions.latest().orElseThrow(NoEditionYet::new));
    }

    @GetMapping("/market/report.json")
    ResponseEntity<byte[]> latestJson() {
        return editions.json(editions.latest().orElseThrow(NoEditionYet::new));
    }

    /** A download of the latest edition with none published: 404, with the page that says so. */
    @ExceptionHandler(NoEditionYet.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String noEditionYet(Model model) {
        model.addAttribute("cooperatives", editions.cooperatives());
        return "no-edition";
    }
}
