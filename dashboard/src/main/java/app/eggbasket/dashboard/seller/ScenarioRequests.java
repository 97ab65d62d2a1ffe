package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.web.InvalidRequestException;
import app.eggbasket.analytics.scenario.ClosureTemplate;
import app.eggbasket.analytics.scenario.ScenarioException;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Checks the parameters of scenario requests (pages, API and CLI alike). Rates and shares are read as
 * fractions ({@code 0.2}) or percentages with a sign ({@code 20%}); a comma works as decimal separator.
 */
public final class ScenarioRequests {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScenarioRequests() {
    }

    /** @throws InvalidRequestException when no channel is given */
    public static String channel(String channel) {
        if (channel == null || channel.isBlank()) {
            throw new InvalidRequestException("error.scenario.channel", "Give the channel the scenario is about (channel=…).");
        }
        return channel.trim();
    }

    /** A fraction 0–1 given as {@code 0.2} or {@code 20%}; {@code fallback} when absent. */
    public static BigDecimal fraction(String text, String name, BigDecimal fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String t = text.trim().replace(',', '.');
        boolean percent = t.endsWith("%");
        BigDecimal value = number(percent ? t.substring(0, t.length() - 1).trim() : t, name);
        if (percent) {
            value = value.divide(HUNDRED, MathContext.DECIMAL64);
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidRequestException("error.scenario.fraction",
                    "Invalid " + name + ": give a fraction from 0 to 1 (0.2) or a percentage (20%).");
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    /** A percentage 0–100 as a fraction: {@code 25} → 0.25; {@code fallback} when absent. */
    public static BigDecimal percent(String text, String name, BigDecimal fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String t = text.trim().replace(',', '.');
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        BigDecimal value = number(t, name);
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new InvalidRequestException("error.scenario.percent", "Invalid " + name + ": give a percentage from 0 to 100.");
        }
        BigDecimal fraction = value.divide(HUNDRED, MathContext.DECIMAL64).stripTrailingZeros();
        return fraction.scale() < 0 ? fraction.setScale(0) : fraction;
    }

    /** A whole number of days in [min, max]; {@code fallback} when absent. */
    public static int days(String text, String name, int min, int max, Integer fallback) {
        if (text == null || text.isBlank()) {
            if (fallback == null) {
                throw new InvalidRequestException("error.scenario.days", "Give the " + name + " in days.");
            }
            return fallback;
        }
        try {
            int days = Integer.parseInt(text.trim());
            if (days >= min && days <= max) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidRequestException("error.scenario.days",
                "Invalid " + name + ": give a whole number of days from " + min + " to " + max + ".");
    }

    /** @throws InvalidRequestException when the id is none of the templates */
    public static ClosureTemplate template(String id) {
        try {
            return ClosureTemplate.byId(id);
        } catch (ScenarioException e) {
            throw new InvalidRequestException("error.scenario.template", e.getMessage());
        }
    }

    private static BigDecimal number(String text, String name) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("error.scenario.number", "Invalid " + name + ": not a number.");
        }
    }
}
