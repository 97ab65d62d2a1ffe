package app.eggbasket.dashboard.seller;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a consent form or a script posted as {@code consent}: {@code on}, as the page's forms send it, and the words
 * a script would use ({@code true}, {@code yes}, {@code 1}, and their opposites). Anything else is an answer of its
 * own ({@link Optional#empty()}), never silently ignored.
 */
final class ConsentChoice {

    private static final Set<String> ON = Set.of("on", "true", "yes", "1");
    private static final Set<String> OFF = Set.of("off", "false", "no", "0");

    private ConsentChoice() {
    }

    /** True to consent, false to withdraw, empty when the value is neither. */
    static Optional<Boolean> parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (ON.contains(v)) {
            return Optional.of(true);
        }
        if (OFF.contains(v)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
