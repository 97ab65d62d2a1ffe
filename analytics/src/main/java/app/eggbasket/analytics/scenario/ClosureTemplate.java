package app.eggbasket.analytics.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Closures that happened, as templates for the closure scenario (DESIGN §1 and §4). Each fixes the
 * notice period; the substitution rate stays the seller's guess (default 0).
 *
 * <ul>
 *   <li>A Little Market: Etsy announced on 3 July 2017 that ALM would close on 31 August 2017, 59 days'
 *       notice; reviews were not migrated and sellers could not e-mail their customers.</li>
 *   <li>DaWanda: announced on Saturday 30 June 2018 (a leak forced the announcement two days before
 *       the planned Monday, 2 July), closed on 30 August 2018, 61 days' notice. Sellers were pointed to
 *       Etsy with a free migration tool that moved listings and shop reviews, so reviews were not lost.
 *       (Some press wrote 31 August; DaWanda's own statement and most reports give 30 August.)</li>
 *   <li>Account suspension: a platform suspends the shop from one day to the next, no notice; the shop,
 *       its listings and its reviews are out of reach while it lasts.</li>
 * </ul>
 */
public enum ClosureTemplate {

    ALM_2017("alm-2017", "A Little Market 2017", LocalDate.of(2017, 7, 3), LocalDate.of(2017, 8, 31), true),
    DAWANDA_2018("dawanda-2018", "DaWanda 2018", LocalDate.of(2018, 6, 30), LocalDate.of(2018, 8, 30), false),
    SUSPENSION("suspension", "Account suspension", null, null, true);

    private final String id;
    private final String title;
    private final LocalDate announced;
    private final LocalDate closed;
    private final boolean reviewsLost;

    ClosureTemplate(String id, String title, LocalDate announced, LocalDate closed, boolean reviewsLost) {
        this.id = id;
        this.title = title;
        this.announced = announced;
        this.closed = closed;
        this.reviewsLost = reviewsLost;
    }

    /** The id used by the CLI and the API: {@code alm-2017}, {@code dawanda-2018}, {@code suspension}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The day the closure was announced; null for a suspension. */
    public LocalDate announced() {
        return announced;
    }

    /** The day the platform closed; null for a suspension. */
    public LocalDate closed() {
        return closed;
    }

    /** Days from the announcement to the closure: 59 for ALM, 61 for DaWanda, 0 for a suspension. */
    public int noticeDays() {
        return announced == null ? 0 : (int) ChronoUnit.DAYS.between(announced, closed);
    }

    /** Whether the shop's reviews were lost (not migrated, or out of reach). */
    public boolean reviewsLost() {
        return reviewsLost;
    }

    /** @throws ScenarioException when the id is none of the templates */
    public static ClosureTemplate byId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new ScenarioException("Unknown template '" + id + "': use one of "
                        + Arrays.stream(values()).map(ClosureTemplate::id).collect(Collectors.joining(", ")) + "."));
    }
}
