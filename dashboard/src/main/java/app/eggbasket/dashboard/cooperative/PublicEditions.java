package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.edition.ReleaseJson;
import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.edition.Release;
import app.eggbasket.analytics.market.MarketReportJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What the public addresses of editions name (DESIGN §5, §10): a cooperative, one of its editions, the latest edition
 * of the instance — each a 404 when there is none — and an edition's CSV and JSON files. Only published editions:
 * a draft is never found here.
 */
@Component
class PublicEditions {

    private final Editions editions;
    private final Cooperatives cooperatives;
    private final ObjectMapper json;

    PublicEditions(Editions editions, Cooperatives cooperatives, ObjectMapper json) {
        this.editions = editions;
        this.cooperatives = cooperatives;
        this.json = json;
    }

    /** @throws ResponseStatusException 404 when there is no such cooperative */
    Cooperative cooperative(String coop) {
        return cooperatives.find(coop).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no cooperative " + coop));
    }

    /** Its editions, newest first. */
    List<Release> editions(String coop) {
        cooperative(coop);
        List<Release> newestFirst = new ArrayList<>(editions.editions(coop));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** @throws ResponseStatusException 404 when the cooperative or its edition does not exist ({@code n} not a number included) */
    Release edition(String coop, String n) {
        cooperative(coop);
        Optional<Release> edition = n.matches("[1-9]\\d{0,8}") ? editions.edition(coop, Integer.parseInt(n)) : Optional.empty();
        return edition.filter(Release::published).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "cooperative " + coop + " has no edition " + n));
    }

    /** The most recently published edition of the instance, whatever its cooperative. */
    Optional<Release> latest() {
        return editions.latest();
    }

    /** @throws ResponseStatusException 404 when no cooperative has published an edition yet */
    Release requireLatest() {
        return latest().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no edition published yet"));
    }

    List<Cooperative> cooperatives() {
        return cooperatives.all();
    }

    /** The edition's cells as CSV ({@link MarketReportJson#csv}). */
    ResponseEntity<byte[]> csv(Release edition) {
        return file(edition, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
                MarketReportJson.csv(edition.report()).getBytes(StandardCharsets.UTF_8));
    }

    /** The edition as the API gives it ({@link ReleaseJson#edition}), indented. */
    ResponseEntity<byte[]> json(Release edition) {
        try {
            return file(edition, "json", MediaType.APPLICATION_JSON,
                    json.writerWithDefaultPrettyPrinter().writeValueAsBytes(ReleaseJson.edition(edition)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file of the edition, {@code eggbasket-alpes-edition-2-2026-Q3.<extension>}. */
    static ResponseEntity<byte[]> file(Release edition, String extension, MediaType type, byte[] body) {
        String name = "eggbasket-" + edition.cooperative() + "-edition-" + edition.edition() + "-" + edition.period().label()
                + "." + extension;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type).contentLength(body.length).body(body);
    }
}
