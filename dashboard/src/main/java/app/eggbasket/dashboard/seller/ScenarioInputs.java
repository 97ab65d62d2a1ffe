package app.eggbasket.dashboard.seller;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of the what-if form and the scenarios each applies to: a closure template fixes its own notice, so
 * it asks only for the sales won back; a closure of her own making also asks for the notice; a fee hike for the
 * two rates; a cash hold for the share held and the days. Percentages are 0–100 as the form shows them.
 */
final class ScenarioInputs {

    /** Every input, in the order of the form, with the value it starts at. */
    static final Map<String, String> DEFAULTS;

    static {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("noticeDays", "30");
        defaults.put("substitution", "0");
        defaults.put("oldRate", "5");
        defaults.put("newRate", "6.5");
        defaults.put("holdPercent", "25");
        defaults.put("holdDays", "90");
        DEFAULTS = java.util.Collections.unmodifiableMap(defaults);
    }

    private ScenarioInputs() {
    }

    /** The inputs a scenario uses, in the form's order. */
    static List<String> appliesTo(String choice) {
        return switch (choice) {
            case "closure" -> List.of("noticeDays", "substitution");
            case "fee-hike" -> List.of("oldRate", "newRate");
            case "cash-hold" -> List.of("holdPercent", "holdDays");
            default -> List.of("substitution");
        };
    }

    /** The scenarios an input applies to, as the page's {@code data-for} attribute: "closure alm-2017 …". */
    static String scenariosOf(String input) {
        return String.join(" ", ScenarioController.CHOICES.stream().filter(c -> appliesTo(c).contains(input)).toList());
    }

    /** The value of every input: the one asked for (trimmed) or its default. */
    static Map<String, String> values(Map<String, String> asked) {
        Map<String, String> values = new LinkedHashMap<>();
        DEFAULTS.forEach((name, fallback) -> {
            String value = asked.get(name);
            values.put(name, value == null || value.isBlank() ? fallback : value.trim());
        });
        return values;
    }
}
