package app.eggbasket.analytics.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * What Eggbasket knows of a seller beyond her sales: the rate of the social contributions she pays on her
 * revenue as a French micro-entrepreneur (DESIGN §4): 12.3% for sales of goods (making and selling her own
 * products included), 21.2% for artisanal services, or her own rate (e.g. with the income tax paid at
 * source, or a reduced first-year rate).
 *
 * @param contributionRate a fraction, 0 ≤ rate &lt; 1 (0.123 for 12.3%), at most 4 decimals
 */
public record SellerProfile(BigDecimal contributionRate) {

    public static final BigDecimal GOODS = new BigDecimal("0.123");
    public static final BigDecimal SERVICES = new BigDecimal("0.212");
    public static final SellerProfile DEFAULT = new SellerProfile(GOODS);

    public SellerProfile {
        Objects.requireNonNull(contributionRate, "contributionRate");
        if (contributionRate.signum() < 0 || contributionRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("the contribution rate must be at least 0% and below 100%, not "
                    + percent(contributionRate) + "%");
        }
        if (contributionRate.stripTrailingZeros().scale() > 4) {
            throw new IllegalArgumentException("the contribution rate has at most two decimals in percent (like 21.25%), not "
                    + percent(contributionRate) + "%");
        }
        contributionRate = contributionRate.setScale(4, RoundingMode.UNNECESSARY);
    }

    /** The activity whose legal rate this is: "goods", "services", or "custom". */
    public String activity() {
        if (contributionRate.compareTo(GOODS) == 0) {
            return "goods";
        }
        return contributionRate.compareTo(SERVICES) == 0 ? "services" : "custom";
    }

    /**
     * The profile of an activity ("goods", "services", French "vente", "services") or of a rate:
     * a percentage with its sign ("21.2%", "21,2 %") or a fraction below 1 ("0.212").
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    public static SellerProfile parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace(',', '.').replace(" ", "")
                .replace("\u00a0", "").replace("\u202f", "");
        switch (value) {
            case "goods", "sales", "vente", "ventes", "marchandises" -> {
                return new SellerProfile(GOODS);
            }
            case "services", "service", "artisanal-services" -> {
                return new SellerProfile(SERVICES);
            }
            default -> {
            }
        }
        try {
            if (value.endsWith("%")) {
                return new SellerProfile(new BigDecimal(value.substring(0, value.length() - 1)).movePointLeft(2));
            }
            BigDecimal fraction = new BigDecimal(value);
            if (fraction.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("'" + text + "': write a percentage with its sign (21.2%) or a fraction below 1 (0.212)");
            }
            return new SellerProfile(fraction);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a contribution rate: expected goods (12.3%), "
                    + "services (21.2%), a percentage like 22% or a fraction like 0.22");
        }
    }

    /** The rate in percent, for people: 12.3 */
    public String percent() {
        return percent(contributionRate);
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
