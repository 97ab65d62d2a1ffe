package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.web.InvalidRequestException;
import app.eggbasket.ingestion.sale.IsoCodes;
import app.eggbasket.dashboard.security.SellerAccess;
import app.eggbasket.ingestion.lake.SellerIds;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import org.springframework.security.core.Authentication;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks the parameters of seller requests (pages and API alike) before they reach the lake. */
public final class SellerRequests {

    /** A period as asked: either end may be null (the seller's first or last sale). */
    public record DateRange(LocalDate from, LocalDate to) {
    }

    private SellerRequests() {
    }

    /** @throws InvalidRequestException when the id is not a valid seller id */
    public static String sellerId(String id) {
        try {
            return SellerIds.require(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("error.sellerId",
                    "Invalid seller id: use 2-63 lower-case letters, digits or '-'.");
        }
    }

    /**
     * The seller id of a read request, once checked that it is well formed (400) and that the caller may read
     * that seller: herself, or an advisor she granted access (403 otherwise).
     */
    public static String allowedSeller(String id, Authentication authentication, SellerAccess access) {
        String seller = sellerId(id);
        access.check(authentication, seller);
        return seller;
    }

    /**
     * The seller id of a request that changes her data or shows the controls that do (upload, mapping,
     * consent, erase, sharing): well formed (400) and the caller is the seller herself (403).
     */
    public static String ownSeller(String id, Authentication authentication, SellerAccess access) {
        String seller = sellerId(id);
        access.checkOwner(authentication, seller);
        return seller;
    }

    /**
     * The currency a report is asked in, upper-cased; null when none is asked (the sales' own currency).
     *
     * @throws InvalidRequestException when it is not a three-letter code
     */
    public static String currency(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (!IsoCodes.isCurrency(code)) {
            throw new InvalidRequestException("error.currency",
                    "Invalid currency: use a three-letter code the ECB publishes, like EUR, USD or GBP.");
        }
        return code;
    }

    /** @throws InvalidRequestException when a date is not ISO or the period ends before it starts */
    public static DateRange period(String from, String to) {
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidRequestException("error.period", "The period must end after it starts ('to' is exclusive).");
        }
        return new DateRange(start, end);
    }

    /**
     * An optional ISO date, null when blank.
     *
     * @throws InvalidRequestException when it is not ISO
     */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("error.date", "Invalid date: use the ISO form 2025-01-31.");
        }
    }

    /**
     * The seller's channel for an upload, or null to keep the format's default.
     *
     * @throws InvalidRequestException when only one of channel and kind is given, or either is invalid
     */
    public static Channel channel(String name, String kind) {
        boolean hasName = name != null && !name.isBlank();
        boolean hasKind = kind != null && !kind.isBlank();
        if (!hasName && !hasKind) {
            return null;
        }
        if (!hasName || !hasKind) {
            throw new InvalidRequestException("error.channelAndKind",
                    "Give both a channel name and its kind, or neither to keep the format's default.");
        }
        try {
            return Channel.of(name, ChannelKind.parse(kind));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("error.channel",
                    "Invalid channel: a name of 1-40 letters, digits, '-' or '_', and a kind among "
                            + "MARKETPLACE, SOCIAL, OWN_SHOP, IN_PERSON, WHOLESALE, DIRECT.");
        }
    }
}
