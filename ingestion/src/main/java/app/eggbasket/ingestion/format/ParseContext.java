package app.eggbasket.ingestion.format;

import app.eggbasket.ingestion.sale.IsoCodes;
import app.eggbasket.ingestion.lake.BuyerPseudonymiser;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.SaleLine;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Everything about one upload that is not in the file: whose it is, the seller's time zone, the channel
 * the seller chose (if any), and the key that pseudonymises buyers.
 *
 * @param channelOverride the seller's channel for this file, or null to use the format's
 * @param sellerCurrency  the seller's own currency (ISO 4217), for exports that state none (PrestaShop)
 */
public record ParseContext(String sellerId, String uploadId, String fileName, ZoneId sellerZone,
                           Channel channelOverride, BuyerPseudonymiser pseudonymiser, String sellerCurrency) {

    public static final String DEFAULT_CURRENCY = "EUR";

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    public ParseContext {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(uploadId, "uploadId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sellerZone, "sellerZone");
        Objects.requireNonNull(pseudonymiser, "pseudonymiser");
        if (!IsoCodes.isCurrency(sellerCurrency)) {
            throw new IllegalArgumentException("sellerCurrency must be an ISO 4217 code, was '" + sellerCurrency + "'");
        }
    }

    /** A context for a seller whose own currency is the euro (most Eggbasket sellers). */
    public ParseContext(String sellerId, String uploadId, String fileName, ZoneId sellerZone,
                        Channel channelOverride, BuyerPseudonymiser pseudonymiser) {
        this(sellerId, uploadId, fileName, sellerZone, channelOverride, pseudonymiser, DEFAULT_CURRENCY);
    }

    /**
     * The instant of a local date-time written by an export.
     *
     * @param zone the zone the export names, or null when it names none (the seller's zone is assumed)
     */
    public Instant instant(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone == null ? sellerZone : zone).toInstant();
    }

    /**
     * Completes a draft into a validated canonical line.
     *
     * @throws IllegalArgumentException when the line breaks an invariant of {@link SaleLine}
     */
    public SaleLine complete(SaleDraft d, SaleFormat format, int line) {
        Channel channel = channelOverride != null ? channelOverride
                : d.channel != null ? d.channel : format.defaultChannel();
        String buyerRef = d.buyerIdentity == null || d.buyerIdentity.isBlank() ? null
                : pseudonymiser.ref(sellerId, d.buyerIdentity);
        return new SaleLine(sellerId, channel.name(), channel.kind(), format.id(), uploadId, line,
                d.orderId, d.lineId == null ? d.orderId : d.lineId, d.orderedAt,
                d.orderedAt == null ? null : d.orderedAt.atZone(sellerZone).toLocalDate(),
                d.item, d.sku, d.quantity, d.currency, d.items, d.discount, d.shipping, d.tax, d.refund, d.fees,
                SaleLine.revenueOf(d.items, d.discount, d.shipping, d.refund, d.status),
                buyerRef, d.buyerCountry, d.status);
    }
}
