package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.web.InvalidRequestException;
import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.dashboard.operations.IngestMetrics;
import app.eggbasket.dashboard.web.upload.UploadLimitFilter;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import app.eggbasket.ingestion.mapping.ExcelDamage;
import app.eggbasket.ingestion.mapping.MappingStore;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import app.eggbasket.dashboard.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The upload page: several exports at once, each with an optional channel and kind (empty: the
 * format's default), a result per file, and the seller's upload history below. Files no standard format
 * knows are read with the seller's saved column mappings; a file none of them knows offers the wizard.
 */
@PageController
class UploadController {

    private final Ingestor ingestor;
    private final MappingStore mappings;
    private final SellerAccess access;
    private final MessageSource messages;
    private final MultipartProperties limits;
    private final IngestMetrics metrics;

    UploadController(Ingestor ingestor, MappingStore mappings, SellerAccess access, MessageSource messages,
                     MultipartProperties limits, IngestMetrics metrics) {
        this.limits = limits;
        this.metrics = metrics;
        this.ingestor = ingestor;
        this.mappings = mappings;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/sellers/{id}/uploads")
    String page(@PathVariable String id, @RequestParam(name = UploadLimitFilter.TOO_LARGE, required = false) String tooLarge,
                Authentication authentication, Locale locale, Model model) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        fill(model, seller, locale);
        if (tooLarge != null) {
            // sent back here by UploadLimitFilter: the upload was over the limits and was not read
            model.addAttribute("tooLarge", List.of(limits.getMaxFileSize().toMegabytes(), limits.getMaxRequestSize().toMegabytes()));
        }
        return "uploads";
    }

    /** Ingests each file with the channel and kind of the same position in {@code channels}/{@code kinds}. */
    @PostMapping("/sellers/{id}/uploads")
    String upload(@PathVariable String id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  HttpServletRequest request, Authentication authentication, Locale locale, Model model) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        String[] channels = request.getParameterValues("channels");
        String[] kinds = request.getParameterValues("kinds");
        List<FileSummary> results = new ArrayList<>();
        Map<String, List<String>> warnings = new HashMap<>();
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(f -> !f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())).toList();
        List<SaleFormat> saved = mappings.formats(seller);
        for (int i = 0; i < chosen.size(); i++) {
            MultipartFile file = chosen.get(i);
            byte[] content;
            try {
                content = file.getBytes();
            } catch (IOException e) {
                results.add(FileSummary.refused(fileName(file), null, null, null,
                        messages.getMessage("upload.unreadable", null, locale)));
                continue;
            }
            FileSummary result = ingest(seller, fileName(file), content, at(channels, i), at(kinds, i), saved, locale);
            results.add(result);
            if (!result.refused() && result.uploadId() != null) {
                List<String> sentences = excelWarnings(fileName(file), content, result, saved, locale);
                if (!sentences.isEmpty()) {
                    warnings.put(result.uploadId(), sentences);
                }
            }
        }
        model.addAttribute("results", results);
        model.addAttribute("warnings", warnings);
        model.addAttribute("mappable", results.stream().filter(r -> ingestor.canMap(seller, r))
                .map(FileSummary::uploadId).collect(Collectors.toSet()));
        model.addAttribute("noFile", chosen.isEmpty());
        fill(model, seller, locale);
        return "uploads";
    }

    /** What Excel may have done to a file that was read, in her language (DamageWarning). */
    private List<String> excelWarnings(String name, byte[] content, FileSummary result, List<SaleFormat> saved, Locale locale) {
        return ingestor.formats().byId(result.formatId())
                .or(() -> saved.stream().filter(f -> f.id().equals(result.formatId())).findFirst())
                .map(format -> new ExcelDamage().checkUpload(name, content, format).stream().map(w -> w.sentence(locale)).toList())
                .orElse(List.of());
    }

    private FileSummary ingest(String seller, String name, byte[] content, String channelName, String kind,
                               List<SaleFormat> saved, Locale locale) {
        Channel channel;
        try {
            channel = SellerRequests.channel(channelName, kind);
        } catch (InvalidRequestException e) {
            return FileSummary.refused(name, null, null, null, messages.getMessage(e.messageKey(), null, locale));
        }
        return metrics.timed(seller, "page", () -> ingestor.ingest(seller, name, content, channel, ParseContext.DEFAULT_ZONE, saved));
    }

    private void fill(Model model, String seller, Locale locale) {
        model.addAttribute("seller", seller);
        model.addAttribute("kinds", ChannelKind.values());
        model.addAttribute("formats", ingestor.formats().formats().stream()
                .map(format -> new KnownFormat(format.id(), format.label(), format.defaultChannel())).toList());
        model.addAttribute("history", ingestor.uploads().list(seller));
        model.addAttribute("mappings", mappings.list(seller));
    }

    private static String at(String[] values, int index) {
        return values != null && index < values.length ? values[index] : null;
    }

    static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "upload.csv";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** A format the upload page lists, with the channel its lines go to by default. */
    record KnownFormat(String id, String label, Channel channel) {
    }
}
