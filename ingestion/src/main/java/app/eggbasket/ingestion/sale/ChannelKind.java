package app.eggbasket.ingestion.sale;

import java.util.Locale;

/**
 * Where a channel sits between the seller and her buyers (DESIGN §2). {@link #MARKETPLACE} and
 * {@link #SOCIAL} are platform channels: a third party can switch them off. The others are
 * controlled by the seller.
 */
public enum ChannelKind {
    MARKETPLACE(true),
    SOCIAL(true),
    OWN_SHOP(false),
    IN_PERSON(false),
    WHOLESALE(false),
    DIRECT(false);

    private final boolean platform;

    ChannelKind(boolean platform) {
        this.platform = platform;
    }

    /** True when a third party can close, suspend or re-price this channel. */
    public boolean isPlatform() {
        return platform;
    }

    /**
     * Parses a kind as typed by a user ({@code marketplace}, {@code OWN_SHOP}, {@code own-shop}).
     *
     * @throws IllegalArgumentException naming the accepted kinds
     */
    public static ChannelKind parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ChannelKind kind : values()) {
            if (kind.name().equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown channel kind '" + text
                + "'; expected one of MARKETPLACE, SOCIAL, OWN_SHOP, IN_PERSON, WHOLESALE, DIRECT");
    }
}
