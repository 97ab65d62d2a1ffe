package app.eggbasket.dashboard.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One colour per channel (issue 14), for what the server draws (the PDF reports): the same map, palette and hash as
 * static/js/channel-colours.js, which the pages' charts use, so a channel has one colour on the screen and on
 * paper. ChannelColoursTests keeps the two in step.
 */
public final class ChannelColours {

    /** The channels Eggbasket's formats and the seed name (DESIGN §2), and their colour. */
    public static final Map<String, String> KNOWN;

    /** What a channel the map does not name gets, by a stable hash of its id. */
    public static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#9c755f",
            "#edc948", "#76b7b2", "#ff9da7", "#7f6a00", "#0b6e4f", "#c44e97");

    static {
        Map<String, String> known = new LinkedHashMap<>();
        known.put("etsy", "#e0692b");
        known.put("amazon", "#232f3e");
        known.put("ebay", "#1f5fbf");
        known.put("vinted", "#0f9ba3");
        known.put("alittlemarket", "#d9a441");
        known.put("a-little-market", "#d9a441");
        known.put("facebook-instagram-shop", "#b0306a");
        known.put("instagram", "#b0306a");
        known.put("facebook", "#3b5998");
        known.put("tiktok-shop", "#6b4fa0");
        known.put("own-shop", "#2f6f73");
        known.put("paypal", "#4d7fb8");
        known.put("markets", "#5f8f3e");
        known.put("ankorstore", "#9c6b4e");
        known.put("direct", "#8a7f72");
        KNOWN = java.util.Collections.unmodifiableMap(known);
    }

    private ChannelColours() {
    }

    /** The colour of a channel, #rrggbb: 'etsy' and ' Etsy ' alike. */
    public static String forChannel(String id) {
        String key = normalise(id);
        String known = KNOWN.get(key);
        return known != null ? known : PALETTE.get(Integer.remainderUnsigned(hash(key), PALETTE.size()));
    }

    /** As the ingestion names a channel: trimmed, lower case, spaces as dashes. */
    public static String normalise(String id) {
        return id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    /** FNV-1a over the id's UTF-16 code units, 32 bits, as the script computes it. */
    static int hash(String text) {
        int h = 0x811c9dc5;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    /** The colour as 0xrrggbb. */
    public static int rgb(String id) {
        return Integer.parseInt(forChannel(id).substring(1), 16);
    }
}
