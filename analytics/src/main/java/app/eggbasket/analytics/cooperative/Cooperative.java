package app.eggbasket.analytics.cooperative;

import app.eggbasket.analytics.market.DisclosureRules;
import app.eggbasket.ingestion.lake.SellerIds;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A cooperative (DESIGN §5, §10): its members contribute, when each consents, to the market report it publishes
 * under its own disclosure rules. Stored as {@code <data>/cooperatives/<id>/cooperative.json}.
 *
 * @param id         the cooperative's id: 2-63 lower-case letters, digits or '-', like a seller id
 * @param name       what members and the public read
 * @param minSellers frequency rule of its reports (default 3)
 * @param dominance  dominance rule of its reports (default 0.85)
 * @param createdAt  when it was created
 */
public record Cooperative(String id, String name, int minSellers, BigDecimal dominance, Instant createdAt) {

    /** The cooperative the consents given before cooperatives existed migrate to, and the one {@code /market} shows. */
    public static final String DEFAULT_ID = "default";
    public static final String DEFAULT_NAME = "Eggbasket cooperative";

    public Cooperative {
        try {
            SellerIds.require(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cooperative id '" + id
                    + "' must be 2-63 lower-case letters, digits or '-', starting with a letter or digit");
        }
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("a cooperative's name must be 1-120 characters");
        }
        name = name.strip();
        new DisclosureRules(minSellers, dominance); // validates both
    }

    public static Cooperative withDefaultRules(String id, String name, Instant createdAt) {
        return new Cooperative(id, name, DisclosureRules.DEFAULT.minSellers(), DisclosureRules.DEFAULT.dominance(), createdAt);
    }

    /** The disclosure rules of its reports. */
    public DisclosureRules rules() {
        return new DisclosureRules(minSellers, dominance);
    }
}
