package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.operations.IngestMetrics;
import app.eggbasket.dashboard.web.RefusalTexts;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.mapping.AmountMeaning;
import app.eggbasket.ingestion.mapping.CanonicalField;
import app.eggbasket.ingestion.mapping.ColumnMapping;
import app.eggbasket.ingestion.mapping.ExcelDamage;
import app.eggbasket.ingestion.mapping.FileSample;
import app.eggbasket.ingestion.mapping.MappedFormat;
import app.eggbasket.ingestion.mapping.MappingStore;
import app.eggbasket.ingestion.read.FileRefusedException;
import app.eggbasket.ingestion.sale.ChannelKind;
import app.eggbasket.ingestion.sale.SaleStatus;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import app.eggbasket.dashboard.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Locale;

/**
 * The column-mapping wizard for a file no format knows: the first rows of the kept upload, a column
 * (or constant) per canonical field, a preview of the sale lines it gives, then "save and import",
 * which saves the mapping for the seller (the next upload of the layout is recognised) and ingests the
 * file with it. The upload is looked up in the seller's own raw files only.
 */
@PageController
class MappingWizardController {

    static final int ROWS_SHOWN = 10;

    private final Ingestor ingestor;
    private final IngestMetrics metrics;
    private final RefusalTexts refusals;
    private final MappingStore mappings;
    private final SellerAccess access;

    MappingWizardController(Ingestor ingestor, MappingStore mappings, SellerAccess access,
                            IngestMetrics metrics,
                            RefusalTexts refusals) {
        this.refusals = refusals;
        this.metrics = metrics;
        this.ingestor = ingestor;
        this.mappings = mappings;
        this.access = access;
    }

    @GetMapping("/sellers/{id}/mappings/new")
    String wizard(@PathVariable String id, @RequestParam(name = "upload", required = false) String upload,
                  @RequestParam(name = "file", required = false) String file,
                  Authentication authentication, Locale locale, Model model) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        byte[] content = rawUpload(seller, upload);
        FileSample sample = sample(file, content);
        MappingForm form = MappingForm.initial(upload, file, sample);
        fill(model, seller, sample, form, locale);
        return "mapping";
    }

    /** {@code action=preview} shows the first sale lines; {@code action=save} saves the mapping and imports the file. */
    @PostMapping("/sellers/{id}/mappings")
    String submit(@PathVariable String id, @RequestParam(name = "action", defaultValue = "preview") String action,
                  HttpServletRequest request, Authentication authentication, Locale locale, Model model) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        MappingForm form = MappingForm.from(request);
        byte[] content = rawUpload(seller, form.upload());
        FileSample sample = sample(form.fileName(), content);
        fill(model, seller, sample, form, locale);
        ColumnMapping mapping;
        try {
            mapping = form.toMapping(sample);
        } catch (MappingForm.Invalid e) {
            model.addAttribute("formErrorKey", e.messageKey());
            return "mapping";
        } catch (IllegalArgumentException e) {
            model.addAttribute("formError", e.getMessage());
            return "mapping";
        }
        MappedFormat format = new MappedFormat(mapping);
        if ("save".equals(action)) {
            mappings.save(seller, mapping);
            FileSummary summary = metrics.timed(seller, "mapping",
                    () -> ingestor.ingestWith(seller, form.fileName(), content, format, null, ParseContext.DEFAULT_ZONE));
            model.addAttribute("saved", mapping.name());
            model.addAttribute("result", summary);
        } else {
            model.addAttribute("preview", ingestor.preview(seller, form.fileName(), content, format, ROWS_SHOWN));
        }
        return "mapping";
    }

    private byte[] rawUpload(String seller, String upload) {
        return ingestor.rawUpload(seller, upload)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such upload"));
    }

    private static FileSample sample(String fileName, byte[] content) {
        try {
            return FileSample.of(MappingForm.safeFileName(fileName), content, 200);
        } catch (FileRefusedException e) {
            throw new UnreadableSample(e);
        }
    }

    /** A kept upload the wizard cannot show (binary, a million columns…): said on a page, with the reason. */
    static final class UnreadableSample extends RuntimeException {
        final FileRefusedException refusal;

        UnreadableSample(FileRefusedException refusal) {
            super(refusal.getMessage(), refusal);
            this.refusal = refusal;
        }
    }

    @ExceptionHandler(UnreadableSample.class)
    ModelAndView unreadable(UnreadableSample e, Locale locale) {
        ModelAndView page = new ModelAndView("error",
                HttpStatus.UNPROCESSABLE_ENTITY);
        page.addObject("status", HttpStatus.UNPROCESSABLE_ENTITY.value());
        page.addObject("errorKey", "mapping.unreadable");
        page.addObject("errorDetail", refusals.text(e.refusal.reason(), e.refusal.why(), locale));
        return page;
    }

    private static void fill(Model model, String seller, FileSample sample, MappingForm form, Locale locale) {
        model.addAttribute("seller", seller);
        model.addAttribute("form", form);
        model.addAttribute("header", sample.header());
        model.addAttribute("rows", sample.rows().subList(0, Math.min(ROWS_SHOWN, sample.rows().size())));
        model.addAttribute("fields", List.of(CanonicalField.values()));
        model.addAttribute("datePatterns", ColumnMapping.DATE_PATTERNS);
        model.addAttribute("amountMeanings", AmountMeaning.values());
        model.addAttribute("kinds", ChannelKind.values());
        model.addAttribute("statusChoices", form.unknownStatusValues(sample));
        model.addAttribute("statuses", SaleStatus.values());
        model.addAttribute("warnings", new ExcelDamage().check(sample).stream().map(w -> w.sentence(locale)).toList());
    }
}
