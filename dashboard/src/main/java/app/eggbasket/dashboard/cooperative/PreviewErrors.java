package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.edition.EditionPeriod;
import app.eggbasket.analytics.edition.Release;
import app.eggbasket.dashboard.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.function.Supplier;

/** What goes wrong when a manager previews or publishes, in the terms the page and the API answer with. */
@Component
class PreviewErrors {

    private final Editions editions;

    PreviewErrors(Editions editions) {
        this.editions = editions;
    }

    /** @throws InvalidRequestException (400) when the text is not a quarter, a half-year or a year */
    EditionPeriod period(String text) {
        try {
            return EditionPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("preview.period.invalid", e.getMessage());
        }
    }

    /** @throws ResponseStatusException 404 when the cooperative has no such release */
    Release release(String coop, String id) {
        return editions.release(coop, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "cooperative " + coop + " has no release " + id));
    }

    /** @throws InvalidRequestException (400) when the period has not begun */
    Release preview(Supplier<Release> preview) {
        try {
            return preview.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("preview.period.notBegun", e.getMessage());
        }
    }

    /** @throws ResponseStatusException 409 when the release is an edition already */
    Release publish(Supplier<Release> publish) {
        try {
            return publish.get();
        } catch (IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
    }
}
