package app.eggbasket.ingestion.square;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Square writes time zones under the friendly names of Rails' {@code ActiveSupport::TimeZone::MAPPING}
 * ({@code Eastern Time (US & Canada)}, {@code Paris}…). This is that list (plus {@code Kiev}), mapped to
 * IANA ids; an IANA id itself ({@code Europe/Paris}) is accepted too. Names compare case-insensitively.
 */
final class SquareTimeZones {

    private static final Map<String, String> RAILS_NAMES = Map.ofEntries(
            Map.entry("International Date Line West", "Etc/GMT+12"),
            Map.entry("Midway Island", "Pacific/Midway"),
            Map.entry("American Samoa", "Pacific/Pago_Pago"),
            Map.entry("Hawaii", "Pacific/Honolulu"),
            Map.entry("Alaska", "America/Juneau"),
            Map.entry("Pacific Time (US & Canada)", "America/Los_Angeles"),
            Map.entry("Tijuana", "America/Tijuana"),
            Map.entry("Mountain Time (US & Canada)", "America/Denver"),
            Map.entry("Arizona", "America/Phoenix"),
            Map.entry("Chihuahua", "America/Chihuahua"),
            Map.entry("Mazatlan", "America/Mazatlan"),
            Map.entry("Central Time (US & Canada)", "America/Chicago"),
            Map.entry("Saskatchewan", "America/Regina"),
            Map.entry("Guadalajara", "America/Mexico_City"),
            Map.entry("Mexico City", "America/Mexico_City"),
            Map.entry("Monterrey", "America/Monterrey"),
            Map.entry("Central America", "America/Guatemala"),
            Map.entry("Eastern Time (US & Canada)", "America/New_York"),
            Map.entry("Indiana (East)", "America/Indiana/Indianapolis"),
            Map.entry("Bogota", "America/Bogota"),
            Map.entry("Lima", "America/Lima"),
            Map.entry("Quito", "America/Lima"),
            Map.entry("Atlantic Time (Canada)", "America/Halifax"),
            Map.entry("Caracas", "America/Caracas"),
            Map.entry("La Paz", "America/La_Paz"),
            Map.entry("Santiago", "America/Santiago"),
            Map.entry("Newfoundland", "America/St_Johns"),
            Map.entry("Brasilia", "America/Sao_Paulo"),
            Map.entry("Buenos Aires", "America/Argentina/Buenos_Aires"),
            Map.entry("Montevideo", "America/Montevideo"),
            Map.entry("Georgetown", "America/Guyana"),
            Map.entry("Puerto Rico", "America/Puerto_Rico"),
            Map.entry("Greenland", "America/Godthab"),
            Map.entry("Mid-Atlantic", "Atlantic/South_Georgia"),
            Map.entry("Azores", "Atlantic/Azores"),
            Map.entry("Cape Verde Is.", "Atlantic/Cape_Verde"),
            Map.entry("Dublin", "Europe/Dublin"),
            Map.entry("Edinburgh", "Europe/London"),
            Map.entry("Lisbon", "Europe/Lisbon"),
            Map.entry("London", "Europe/London"),
            Map.entry("Casablanca", "Africa/Casablanca"),
            Map.entry("Monrovia", "Africa/Monrovia"),
            Map.entry("UTC", "Etc/UTC"),
            Map.entry("Belgrade", "Europe/Belgrade"),
            Map.entry("Bratislava", "Europe/Bratislava"),
            Map.entry("Budapest", "Europe/Budapest"),
            Map.entry("Ljubljana", "Europe/Ljubljana"),
            Map.entry("Prague", "Europe/Prague"),
            Map.entry("Sarajevo", "Europe/Sarajevo"),
            Map.entry("Skopje", "Europe/Skopje"),
            Map.entry("Warsaw", "Europe/Warsaw"),
            Map.entry("Zagreb", "Europe/Zagreb"),
            Map.entry("Brussels", "Europe/Brussels"),
            Map.entry("Copenhagen", "Europe/Copenhagen"),
            Map.entry("Madrid", "Europe/Madrid"),
            Map.entry("Paris", "Europe/Paris"),
            Map.entry("Amsterdam", "Europe/Amsterdam"),
            Map.entry("Berlin", "Europe/Berlin"),
            Map.entry("Bern", "Europe/Zurich"),
            Map.entry("Zurich", "Europe/Zurich"),
            Map.entry("Rome", "Europe/Rome"),
            Map.entry("Stockholm", "Europe/Stockholm"),
            Map.entry("Vienna", "Europe/Vienna"),
            Map.entry("West Central Africa", "Africa/Algiers"),
            Map.entry("Bucharest", "Europe/Bucharest"),
            Map.entry("Cairo", "Africa/Cairo"),
            Map.entry("Helsinki", "Europe/Helsinki"),
            Map.entry("Kyiv", "Europe/Kiev"),
            Map.entry("Kiev", "Europe/Kiev"),
            Map.entry("Riga", "Europe/Riga"),
            Map.entry("Sofia", "Europe/Sofia"),
            Map.entry("Tallinn", "Europe/Tallinn"),
            Map.entry("Vilnius", "Europe/Vilnius"),
            Map.entry("Athens", "Europe/Athens"),
            Map.entry("Istanbul", "Europe/Istanbul"),
            Map.entry("Minsk", "Europe/Minsk"),
            Map.entry("Jerusalem", "Asia/Jerusalem"),
            Map.entry("Harare", "Africa/Harare"),
            Map.entry("Pretoria", "Africa/Johannesburg"),
            Map.entry("Kaliningrad", "Europe/Kaliningrad"),
            Map.entry("Moscow", "Europe/Moscow"),
            Map.entry("St. Petersburg", "Europe/Moscow"),
            Map.entry("Volgograd", "Europe/Volgograd"),
            Map.entry("Samara", "Europe/Samara"),
            Map.entry("Kuwait", "Asia/Kuwait"),
            Map.entry("Riyadh", "Asia/Riyadh"),
            Map.entry("Nairobi", "Africa/Nairobi"),
            Map.entry("Baghdad", "Asia/Baghdad"),
            Map.entry("Tehran", "Asia/Tehran"),
            Map.entry("Abu Dhabi", "Asia/Muscat"),
            Map.entry("Muscat", "Asia/Muscat"),
            Map.entry("Baku", "Asia/Baku"),
            Map.entry("Tbilisi", "Asia/Tbilisi"),
            Map.entry("Yerevan", "Asia/Yerevan"),
            Map.entry("Kabul", "Asia/Kabul"),
            Map.entry("Ekaterinburg", "Asia/Yekaterinburg"),
            Map.entry("Islamabad", "Asia/Karachi"),
            Map.entry("Karachi", "Asia/Karachi"),
            Map.entry("Tashkent", "Asia/Tashkent"),
            Map.entry("Chennai", "Asia/Kolkata"),
            Map.entry("Kolkata", "Asia/Kolkata"),
            Map.entry("Mumbai", "Asia/Kolkata"),
            Map.entry("New Delhi", "Asia/Kolkata"),
            Map.entry("Kathmandu", "Asia/Kathmandu"),
            Map.entry("Astana", "Asia/Almaty"),
            Map.entry("Dhaka", "Asia/Dhaka"),
            Map.entry("Sri Jayawardenepura", "Asia/Colombo"),
            Map.entry("Almaty", "Asia/Almaty"),
            Map.entry("Novosibirsk", "Asia/Novosibirsk"),
            Map.entry("Rangoon", "Asia/Rangoon"),
            Map.entry("Bangkok", "Asia/Bangkok"),
            Map.entry("Hanoi", "Asia/Bangkok"),
            Map.entry("Jakarta", "Asia/Jakarta"),
            Map.entry("Krasnoyarsk", "Asia/Krasnoyarsk"),
            Map.entry("Beijing", "Asia/Shanghai"),
            Map.entry("Chongqing", "Asia/Chongqing"),
            Map.entry("Hong Kong", "Asia/Hong_Kong"),
            Map.entry("Urumqi", "Asia/Urumqi"),
            Map.entry("Kuala Lumpur", "Asia/Kuala_Lumpur"),
            Map.entry("Singapore", "Asia/Singapore"),
            Map.entry("Taipei", "Asia/Taipei"),
            Map.entry("Perth", "Australia/Perth"),
            Map.entry("Irkutsk", "Asia/Irkutsk"),
            Map.entry("Ulaanbaatar", "Asia/Ulaanbaatar"),
            Map.entry("Seoul", "Asia/Seoul"),
            Map.entry("Osaka", "Asia/Tokyo"),
            Map.entry("Sapporo", "Asia/Tokyo"),
            Map.entry("Tokyo", "Asia/Tokyo"),
            Map.entry("Yakutsk", "Asia/Yakutsk"),
            Map.entry("Darwin", "Australia/Darwin"),
            Map.entry("Adelaide", "Australia/Adelaide"),
            Map.entry("Canberra", "Australia/Canberra"),
            Map.entry("Melbourne", "Australia/Melbourne"),
            Map.entry("Sydney", "Australia/Sydney"),
            Map.entry("Brisbane", "Australia/Brisbane"),
            Map.entry("Hobart", "Australia/Hobart"),
            Map.entry("Vladivostok", "Asia/Vladivostok"),
            Map.entry("Guam", "Pacific/Guam"),
            Map.entry("Port Moresby", "Pacific/Port_Moresby"),
            Map.entry("Magadan", "Asia/Magadan"),
            Map.entry("Srednekolymsk", "Asia/Srednekolymsk"),
            Map.entry("Solomon Is.", "Pacific/Guadalcanal"),
            Map.entry("New Caledonia", "Pacific/Noumea"),
            Map.entry("Fiji", "Pacific/Fiji"),
            Map.entry("Kamchatka", "Asia/Kamchatka"),
            Map.entry("Marshall Is.", "Pacific/Majuro"),
            Map.entry("Auckland", "Pacific/Auckland"),
            Map.entry("Wellington", "Pacific/Auckland"),
            Map.entry("Nuku'alofa", "Pacific/Tongatapu"),
            Map.entry("Tokelau Is.", "Pacific/Fakaofo"),
            Map.entry("Chatham Is.", "Pacific/Chatham"),
            Map.entry("Samoa", "Pacific/Apia"));

    private static final Map<String, ZoneId> BY_NAME = RAILS_NAMES.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(e -> key(e.getKey()), e -> ZoneId.of(e.getValue())));

    private SquareTimeZones() {
    }

    /** The zone a Square time zone name stands for, or empty when the name is unknown. */
    static Optional<ZoneId> of(String name) {
        ZoneId known = BY_NAME.get(key(name));
        if (known != null) {
            return Optional.of(known);
        }
        if (name.contains("/")) {
            try {
                return Optional.of(ZoneId.of(name.trim()));
            } catch (DateTimeException notAZone) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String key(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
