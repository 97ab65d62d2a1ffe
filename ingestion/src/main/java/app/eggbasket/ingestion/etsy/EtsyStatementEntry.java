package app.eggbasket.ingestion.etsy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one row of an Etsy statement is, from its {@code Type} and {@code Title} (REFERENCE §1c). Types seen:
 * Sale, Refund, Fee, Tax, VAT, Marketing, Deposit, Buyer Fee; German accounts keep English types and titles.
 */
enum EtsyStatementEntry {
    /** {@code Payment for Order #<id>}: the buyer's payment, in {@code Amount}. */
    SALE,
    /** {@code Refund for Order #<id>}, {@code Partial refund for Order #<id>}: money given back, in {@code Amount}. */
    REFUND,
    /**
     * Tax the buyer paid that Etsy collects and remits ({@code Sales tax paid by buyer},
     * {@code Colorado Retail Delivery Fee (paid by buyer)}) or gives back ({@code Refund to buyer for sales tax}):
     * part of the sale's {@code Amount}, not a fee.
     */
    BUYER_TAX,
    /** Money paid out to the seller's bank account or wallet: {@code €123.45 sent to your bank account}. */
    DEPOSIT,
    /** Anything else: what Etsy took or gave back, in {@code Fees & Taxes} (fees, VAT on fees, ads, credits). */
    FEE;

    private static final Set<String> SALE_TYPES = Set.of("sale", "verkauf");
    private static final Set<String> REFUND_TYPES = Set.of("refund", "rückerstattung", "erstattung");
    private static final Set<String> DEPOSIT_TYPES = Set.of("deposit", "payout", "auszahlung", "überweisung");
    private static final Pattern ORDER = Pattern.compile("(?i)\\border\\s*(?:#|:|no\\.?)\\s*(\\d{5,})");
    private static final Pattern PAID_OUT = Pattern.compile("(?i)\\bsent to your\\b.*\\b(bank account|wallet)\\b");

    static EtsyStatementEntry of(String type, String title) {
        String t = type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
        String ti = title == null ? "" : title.trim().toLowerCase(Locale.ROOT);
        if (DEPOSIT_TYPES.contains(t) || PAID_OUT.matcher(ti).find()) {
            return DEPOSIT;
        }
        if (SALE_TYPES.contains(t)) {
            return SALE;
        }
        if (REFUND_TYPES.contains(t)) {
            return REFUND;
        }
        if (ti.contains("paid by buyer") || ti.startsWith("refund to buyer for sales tax")) {
            return BUYER_TAX;
        }
        return FEE;
    }

    /**
     * The order a text names: {@code Order #3963804467}, {@code Payment for Order #3963804467},
     * {@code order: 3963804467} (VAT credits); null for a listing ({@code Listing #…},
     * {@code renew sold auto credit: <listing id>}) or an ads bill.
     */
    static String orderIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ORDER.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The short name used in line ids: {@code sale}, {@code fee}, {@code vat}, {@code buyer-fee}… */
    static String slug(String type) {
        return type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }
}
