package app.eggbasket.ingestion.template;

import app.eggbasket.ingestion.sale.ChannelKind;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kind of a channel named in the template: the {@code channel_kind} column when filled (English
 * kind names or their French words), else a known platform's kind (Etsy, A Little Market, DaWanda… are
 * marketplaces, Instagram a social shop), or a common name of a kind (markets, salon: in person; own-shop,
 * website: her own shop), else DIRECT (DESIGN §2).
 */
final class TemplateChannels {

    private static final Set<String> MARKETPLACES = Set.of("etsy", "amazon", "ebay", "vinted", "a-little-market",
            "alittlemarket", "alm", "dawanda", "un-grand-marche", "ungrandmarche", "leboncoin", "cdiscount",
            "rakuten", "la-redoute", "folksy", "notonthehighstreet", "misterprepa", "creavea");
    private static final Set<String> SOCIAL = Set.of("instagram", "facebook", "tiktok", "tiktok-shop", "pinterest",
            "whatsapp", "snapchat");
    private static final Set<String> IN_PERSON = Set.of("markets", "market", "marche", "marches", "salon", "salons",
            "craft-fair", "craft-fairs", "fair", "fairs", "foire", "brocante");
    private static final Set<String> OWN_SHOP = Set.of("own-shop", "website", "site", "boutique-en-ligne", "my-shop");
    private static final Map<String, ChannelKind> FRENCH_KINDS = Map.ofEntries(
            Map.entry("place de marche", ChannelKind.MARKETPLACE), Map.entry("marketplace", ChannelKind.MARKETPLACE),
            Map.entry("reseau social", ChannelKind.SOCIAL), Map.entry("reseaux sociaux", ChannelKind.SOCIAL),
            Map.entry("boutique en ligne", ChannelKind.OWN_SHOP), Map.entry("site", ChannelKind.OWN_SHOP),
            Map.entry("en personne", ChannelKind.IN_PERSON), Map.entry("marche", ChannelKind.IN_PERSON),
            Map.entry("marches", ChannelKind.IN_PERSON), Map.entry("salon", ChannelKind.IN_PERSON),
            Map.entry("revendeur", ChannelKind.WHOLESALE), Map.entry("depot-vente", ChannelKind.WHOLESALE),
            Map.entry("depot vente", ChannelKind.WHOLESALE), Map.entry("gros", ChannelKind.WHOLESALE),
            Map.entry("direct", ChannelKind.DIRECT), Map.entry("vente directe", ChannelKind.DIRECT));

    private TemplateChannels() {
    }

    /**
     * @param kindText the {@code channel_kind} cell, or null
     * @throws IllegalArgumentException naming the accepted kinds when the cell is not one
     */
    static ChannelKind kind(String channelName, String kindText) {
        if (kindText != null) {
            ChannelKind french = FRENCH_KINDS.get(fold(kindText));
            return french != null ? french : ChannelKind.parse(kindText);
        }
        String name = fold(channelName).replace(' ', '-');
        if (MARKETPLACES.contains(name)) {
            return ChannelKind.MARKETPLACE;
        }
        if (SOCIAL.contains(name)) {
            return ChannelKind.SOCIAL;
        }
        if (IN_PERSON.contains(name)) {
            return ChannelKind.IN_PERSON;
        }
        if (OWN_SHOP.contains(name)) {
            return ChannelKind.OWN_SHOP;
        }
        return ChannelKind.DIRECT;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
