package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.edition.EditionPeriod;
import app.eggbasket.analytics.edition.EditionPublisher;
import app.eggbasket.analytics.edition.Release;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.dashboard.security.CooperativeAccess;
import app.eggbasket.dashboard.web.InvalidRequestException;
import app.eggbasket.dashboard.web.LocalFormat;
import app.eggbasket.dashboard.web.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The manager's side of editions: {@code /coops/{coop}/preview} (choose a period, the releases so far), a draft's
 * page ({@code /coops/{coop}/drafts/{id}}: exactly what the public would read) and its publication.
 */
@PageController
class PreviewController {

    private final Editions editions;
    private final Cooperatives cooperatives;
    private final CooperativeAccess access;
    private final PreviewErrors errors;
    private final Clock clock;

    PreviewController(Editions editions, Cooperatives cooperatives, CooperativeAccess access, PreviewErrors errors, Clock clock) {
        this.editions = editions;
        this.cooperatives = cooperatives;
        this.access = access;
        this.errors = errors;
        this.clock = clock;
    }

    @GetMapping("/coops/{coop}/preview")
    String page(@PathVariable String coop, Authentication authentication, Model model) {
        access.checkManager(authentication, coop);
        model.addAttribute("cooperative", cooperatives.require(coop));
        model.addAttribute("releases", editions.releasesOf(coop));
        model.addAttribute("periods", periods(LocalDate.now(clock.withZone(EditionPublisher.ZONE))));
        return "preview";
    }

    @PostMapping("/coops/{coop}/preview")
    String preview(@PathVariable String coop, @RequestParam(name = "period", required = false) String period,
                   Authentication authentication, RedirectAttributes redirect) {
        access.checkManager(authentication, coop);
        try {
            EditionPeriod chosen = errors.period(period);
            Release draft = errors.preview(() -> editions.preview(coop, chosen, authentication.getName()));
            return "redirect:/coops/" + coop + "/drafts/" + draft.id();
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("previewError", e.messageKey());
            return "redirect:/coops/" + coop + "/preview";
        }
    }

    @GetMapping("/coops/{coop}/drafts/{id}")
    String draft(@PathVariable String coop, @PathVariable String id, Authentication authentication, Locale locale, Model model) {
        access.checkManager(authentication, coop);
        Release release = errors.release(coop, id);
        model.addAttribute("cooperative", cooperatives.require(coop));
        model.addAttribute("release", release);
        model.addAttribute("edition", EditionView.of(release, new LocalFormat(locale)));
        return "draft";
    }

    @PostMapping("/coops/{coop}/drafts/{id}/publish")
    String publish(@PathVariable String coop, @PathVariable String id, Authentication authentication,
                   RedirectAttributes redirect) {
        access.checkManager(authentication, coop);
        Release draft = errors.release(coop, id);
        if (draft.published()) {
            return "redirect:/coops/" + coop + "/editions/" + draft.edition();
        }
        try {
            Release edition = editions.publish(coop, id);
            redirect.addFlashAttribute("published", edition.edition());
            return "redirect:/coops/" + coop + "/editions/" + edition.edition();
        } catch (IllegalStateException tooFewMembers) {
            redirect.addFlashAttribute("publishRefused", true);
            return "redirect:/coops/" + coop + "/drafts/" + id;
        }
    }

    /** How many years before this one the page offers (the API takes any period that has begun). */
    static final int YEARS_BACK = 4;

    /**
     * The periods a manager may preview today, newest first: the quarters, halves and years that have begun, this
     * year's and those of the {@value #YEARS_BACK} years before (a cooperative may publish its members' history).
     */
    static List<String> periods(LocalDate today) {
        List<String> out = new ArrayList<>();
        for (int year = today.getYear(); year >= today.getYear() - YEARS_BACK; year--) {
            for (int q = 4; q >= 1; q--) {
                add(out, EditionPeriod.of(EditionPeriod.Length.QUARTER, year, q), today);
            }
            for (int h = 2; h >= 1; h--) {
                add(out, EditionPeriod.of(EditionPeriod.Length.HALF, year, h), today);
            }
            add(out, EditionPeriod.of(EditionPeriod.Length.YEAR, year, 1), today);
        }
        return out;
    }

    private static void add(List<String> out, EditionPeriod period, LocalDate today) {
        if (period.begunBy(today)) {
            out.add(period.label());
        }
    }
}
