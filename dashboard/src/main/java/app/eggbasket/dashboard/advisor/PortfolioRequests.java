package app.eggbasket.dashboard.advisor;

import app.eggbasket.analytics.concentration.Risk;
import app.eggbasket.dashboard.web.InvalidRequestException;

import java.util.Locale;

/** Checks the portfolio's filter parameters. */
final class PortfolioRequests {

    private PortfolioRequests() {
    }

    /** @throws InvalidRequestException when the level is not one of LOW, MODERATE, HIGH, CRITICAL */
    static String risk(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Risk.valueOf(text.trim().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("error.risk", "Invalid risk level: use LOW, MODERATE, HIGH or CRITICAL.");
        }
    }
}
