package app.eggbasket.ingestion.sale;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A channel as the seller names it ({@code etsy}, {@code my-shop}, {@code marchés}) with its kind.
 *
 * @param name lower-case name, 1–40 characters, letters (accents allowed), digits, {@code -} and {@code _}
 * @param kind what sort of channel it is
 */
public record Channel(String name, ChannelKind kind) {

    private static final Pattern NAME = Pattern.compile("[\\p{Ll}\\p{Nd}][\\p{Ll}\\p{Nd}_-]{0,39}");

    public Channel {
        Objects.requireNonNull(kind, "kind");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("channel name '" + name
                    + "' must be 1-40 lower-case letters, digits, '-' or '_'");
        }
    }

    /** Normalises a user-typed name: trims, lower-cases, spaces become dashes. */
    public static Channel of(String name, ChannelKind kind) {
        String normalised = name == null ? null
                : name.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "-");
        return new Channel(normalised, kind);
    }
}
