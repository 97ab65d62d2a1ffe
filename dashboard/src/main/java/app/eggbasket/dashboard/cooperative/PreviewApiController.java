package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.edition.ReleaseJson;
import app.eggbasket.analytics.edition.EditionPeriod;
import app.eggbasket.dashboard.security.CooperativeAccess;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A cooperative's drafts for its own managers: {@code POST /api/coops/{coop}/previews {"period": "2026-Q3"}} computes
 * one, {@code POST …/previews/{id}/publish} publishes it as the next edition. A draft holds what the public would
 * read — published cells only — and nothing of one member.
 */
@RestController
class PreviewApiController {

    /** The period of the draft: {@code 2026-Q3}, {@code 2026-H1} or {@code 2026}. */
    record PreviewRequest(String period) {
    }

    private final Editions editions;
    private final CooperativeAccess access;
    private final PreviewErrors errors;

    PreviewApiController(Editions editions, CooperativeAccess access, PreviewErrors errors) {
        this.editions = editions;
        this.access = access;
        this.errors = errors;
    }

    @GetMapping("/api/coops/{coop}/previews")
    ArrayNode list(@PathVariable String coop, Authentication authentication) {
        access.checkManager(authentication, coop);
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        editions.releasesOf(coop).forEach(r -> out.add(ReleaseJson.draft(r)));
        return out;
    }

    @GetMapping("/api/coops/{coop}/previews/{id}")
    ObjectNode one(@PathVariable String coop, @PathVariable String id, Authentication authentication) {
        access.checkManager(authentication, coop);
        return ReleaseJson.draft(errors.release(coop, id));
    }

    @PostMapping("/api/coops/{coop}/previews")
    @ResponseStatus(HttpStatus.CREATED)
    ObjectNode preview(@PathVariable String coop, @RequestBody(required = false) PreviewRequest request,
                       Authentication authentication) {
        access.checkManager(authentication, coop);
        EditionPeriod period = errors.period(request == null ? null : request.period());
        return ReleaseJson.draft(errors.preview(() -> editions.preview(coop, period, authentication.getName())));
    }

    @PostMapping("/api/coops/{coop}/previews/{id}/publish")
    @ResponseStatus(HttpStatus.CREATED)
    ObjectNode publish(@PathVariable String coop, @PathVariable String id, Authentication authentication) {
        access.checkManager(authentication, coop);
        errors.release(coop, id);
        return ReleaseJson.draft(errors.publish(() -> editions.publish(coop, id)));
    }
}
