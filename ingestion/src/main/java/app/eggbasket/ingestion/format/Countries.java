package app.eggbasket.ingestion.format;

import app.eggbasket.ingestion.read.HeaderNames;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Country names as exports write them ({@code United States}, {@code France}, {@code GB}) to ISO 3166-1 alpha-2. */
public final class Countries {

    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            for (Locale language : new Locale[]{Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN}) {
                BY_NAME.put(HeaderNames.normalise(country.getDisplayCountry(language)), code);
            }
        }
        BY_NAME.put("usa", "US");
        BY_NAME.put("united states of america", "US");
        BY_NAME.put("uk", "GB");
        BY_NAME.put("great britain", "GB");
        BY_NAME.put("england", "GB");
        BY_NAME.put("scotland", "GB");
        BY_NAME.put("wales", "GB");
        BY_NAME.put("northern ireland", "GB");
    }

    private Countries() {
    }

    /** The ISO code, or null when the text names no known country (the country is optional). */
    public static String iso2(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.length() == 2 && Character.isLetter(trimmed.charAt(0)) && Character.isLetter(trimmed.charAt(1))) {
            String code = trimmed.toUpperCase(Locale.ROOT);
            return BY_NAME.containsValue(code) ? code : null;
        }
        return BY_NAME.get(HeaderNames.normalise(trimmed));
    }
}
