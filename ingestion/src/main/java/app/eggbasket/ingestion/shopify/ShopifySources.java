package app.eggbasket.ingestion.shopify;

import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;

import java.util.Locale;

/**
 * The channel an order's {@code Source} column names when it is not the seller's own web shop: a point of
 * sale order was sold in person, a TikTok, Facebook or Instagram order through a social platform that can
 * switch the seller off (DESIGN §2). Anything else ({@code web}, {@code shopify_draft_order}, app ids)
 * stays on the format's default channel.
 */
final class ShopifySources {

    private static final Channel MARKETS = new Channel("markets", ChannelKind.IN_PERSON);
    private static final Channel TIKTOK = new Channel("tiktok-shop", ChannelKind.SOCIAL);
    private static final Channel META = new Channel("facebook-instagram-shop", ChannelKind.SOCIAL);

    private ShopifySources() {
    }

    /** @return the channel of the source, or null for the default channel */
    static Channel channelOf(String source) {
        if (source == null) {
            return null;
        }
        String s = source.trim().toLowerCase(Locale.ROOT);
        if (s.equals("pos")) {
            return MARKETS;
        }
        if (s.startsWith("tiktok")) {
            return TIKTOK;
        }
        if (s.startsWith("facebook") || s.startsWith("instagram") || s.equals("meta")) {
            return META;
        }
        return null;
    }
}
