package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.operations.IngestMetrics;
import app.eggbasket.analytics.profile.SellerProfile;
import app.eggbasket.analytics.profile.SellerProfiles;
import app.eggbasket.analytics.report.MonthlyReport;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.analytics.report.SellerReport;
import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.mapping.MappingStore;
import app.eggbasket.ingestion.ingest.UploadLog;
import app.eggbasket.ingestion.sale.Channel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The seller REST API (DESIGN §6). Every route checks first that the seller id is well formed (400),
 * then that the caller may see that seller (403).
 */
@RestController
@RequestMapping("/api/sellers/{id}")
class SellerApiController {

    private final SellerAnalytics analytics;
    private final Ingestor ingestor;
    private final IngestMetrics metrics;
    private final MappingStore mappings;
    private final SellerAccess access;
    private final SellerProfiles profiles;

    SellerApiController(SellerAnalytics analytics, Ingestor ingestor, MappingStore mappings, SellerAccess access,
                        SellerProfiles profiles, IngestMetrics metrics) {
        this.metrics = metrics;
        this.profiles = profiles;
        this.mappings = mappings;
        this.analytics = analytics;
        this.ingestor = ingestor;
        this.access = access;
    }

    @GetMapping("/report")
    SellerReport report(@PathVariable String id, @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to, @RequestParam(required = false) String currency,
                        Authentication authentication) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        SellerRequests.DateRange period = SellerRequests.period(from, to);
        return analytics.report(seller, period.from(), period.to(), SellerRequests.currency(currency));
    }

    /** The seller's profile: her social contribution rate (a fraction) and the activity it is the legal rate of. */
    record ProfileJson(String seller, BigDecimal contributionRate, String activity) {
        static ProfileJson of(String seller, SellerProfile profile) {
            return new ProfileJson(seller, profile.contributionRate(), profile.activity());
        }
    }

    /** A new profile: {@code activity} "goods" (12.3%) or "services" (21.2%), or {@code contributionRate} a fraction. */
    record ProfileChange(String activity, BigDecimal contributionRate) {
    }

    @GetMapping("/profile")
    ProfileJson profile(@PathVariable String id, Authentication authentication) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        return ProfileJson.of(seller, profiles.get(seller));
    }

    @PutMapping("/profile")
    ResponseEntity<?> saveProfile(@PathVariable String id, @RequestBody ProfileChange change, Authentication authentication) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        SellerProfile profile;
        try {
            if ((change.activity() == null) == (change.contributionRate() == null)) {
                throw new IllegalArgumentException("give either activity (goods or services) or contributionRate (a fraction like 0.22)");
            }
            profile = change.activity() != null ? activity(change.activity()) : new SellerProfile(change.contributionRate());
        } catch (IllegalArgumentException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            problem.setTitle("Invalid profile");
            return ResponseEntity.badRequest().body(problem);
        }
        profiles.save(seller, profile);
        return ResponseEntity.ok(ProfileJson.of(seller, profile));
    }

    private static SellerProfile activity(String activity) {
        return switch (activity) {
            case "goods" -> new SellerProfile(SellerProfile.GOODS);
            case "services" -> new SellerProfile(SellerProfile.SERVICES);
            default -> throw new IllegalArgumentException("activity must be goods or services, not '" + activity + "'");
        };
    }

    @GetMapping("/monthly")
    MonthlyReport monthly(@PathVariable String id, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, @RequestParam(required = false) String currency,
                          Authentication authentication) {
        String seller = SellerRequests.allowedSeller(id, authentication, access);
        SellerRequests.DateRange period = SellerRequests.period(from, to);
        return analytics.monthly(seller, period.from(), period.to(), SellerRequests.currency(currency));
    }

    @GetMapping("/uploads")
    List<UploadLog.Entry> uploads(@PathVariable String id, Authentication authentication) {
        return ingestor.uploads().list(SellerRequests.ownSeller(id, authentication, access));
    }

    /**
     * Ingests one or several files. Answers the list of summaries, or 422 with a problem detail when
     * every file was refused (nothing was stored).
     */
    @PostMapping("/uploads")
    ResponseEntity<?> upload(@PathVariable String id, @RequestPart("file") List<MultipartFile> files,
                             @RequestParam(required = false) String channel, @RequestParam(required = false) String kind,
                             Authentication authentication) {
        String seller = SellerRequests.ownSeller(id, authentication, access);
        Channel override = SellerRequests.channel(channel, kind);
        List<FileSummary> summaries = new ArrayList<>();
        for (MultipartFile file : files) {
            summaries.add(metrics.timed(seller, "api", () -> ingestor.ingest(seller, fileName(file), bytes(file), override,
                    ParseContext.DEFAULT_ZONE, mappings.formats(seller))));
        }
        if (summaries.stream().allMatch(FileSummary::refused)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                    summaries.stream().map(s -> s.fileName() + ": " + s.refusal()).collect(Collectors.joining("\n")));
            problem.setTitle(summaries.size() == 1 ? "File refused" : "Files refused");
            problem.setProperty("files", summaries);
            return ResponseEntity.unprocessableEntity().body(problem);
        }
        return ResponseEntity.ok(summaries);
    }

    static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "upload.csv";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
