package app.eggbasket.ingestion.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Random;

/**
 * Writes a realistic Shopify Orders → Export ({@code orders_export_1.csv}) of a given number of CSV lines, for
 * the ingest benchmark. Deterministic for a seed. The layout is the real 79-column header of
 * {@code samples/shopify-orders/valid-orders_export_2025_GBP_tiktok.csv}; as Shopify writes it, one row per
 * line item with the order fields (status, totals, addresses, payment) on the first row of an order only.
 * A UK shop selling in GBP with VAT included (Subtotal + Shipping = Total): mostly paid web orders, some
 * TikTok and point-of-sale orders, discounts, partial and full refunds, a few voided and pending orders.
 * <p>
 * Run: {@code java -cp … ShopifyExportGenerator OUT.csv [lines] [seed]}; never commit its output.
 */
public final class ShopifyExportGenerator {

    static final String HEADER = "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
            + "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,"
            + "Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,"
            + "Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,"
            + "Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,"
            + "Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,"
            + "Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,"
            + "Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,"
            + "Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,"
            + "Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,"
            + "Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,"
            + "Payment ID,Payment Terms Name,Next Payment Due At,Payment References";
    private static final int COLUMNS = 79;

    private static final String[] PRODUCTS = {
            "Women’s Sparkle Off-Shoulder Maxi Dress", "Strapless Ruched Mini Dress", "Linen Wide-Leg Trousers",
            "Oversized Knit Cardigan", "Satin Slip Skirt", "Ribbed Crop Top", "Floral Wrap Midi Dress",
            "Cotton Poplin Shirt", "High-Waist Denim Shorts", "Chunky Hoop Earrings", "Leather Crossbody Bag",
            "Silk Hair Scrunchie Set"};
    private static final String[] COLOURS = {"WHITE", "BLACK", "Sage", "Navy", "Rose", "Sand"};
    private static final String[] SIZES = {"XS", "S", "M", "L", "XL"};
    private static final String[] CITIES = {"Sampletown", "Exampleford", "Testbury", "Mockington", "Demoport"};
    private static final String[] PROVINCES = {"England", "Scotland", "Wales", "Northern Ireland"};
    private static final String[] CODES = {"ENG", "SCT", "WLS", "NIR"};
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss '+0000'");

    private final Random random;
    private LocalDateTime clock = LocalDateTime.of(2025, 1, 1, 8, 0);
    private int orderNumber = 1000;

    private ShopifyExportGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        write(out, lines, seed);
        System.out.println(out + ": " + lines + " data lines, " + Files.size(out) + " bytes");
    }

    /** Writes the header and exactly {@code dataLines} data lines (rows) to {@code out}. */
    public static void write(Path out, int dataLines, long seed) {
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write(HEADER);
            writer.write('\n');
            ShopifyExportGenerator generator = new ShopifyExportGenerator(seed);
            int written = 0;
            while (written < dataLines) {
                written += generator.order(writer, dataLines - written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one order of at most {@code room} lines; returns how many lines it wrote. */
    private int order(BufferedWriter out, int room) throws IOException {
        int n = orderNumber++;
        clock = clock.plusSeconds(20 + random.nextInt(400));
        int roll = random.nextInt(100);
        int lineCount = Math.min(room, roll < 60 ? 1 : roll < 85 ? 2 : roll < 95 ? 3 : 4 + random.nextInt(3));

        BigDecimal[] prices = new BigDecimal[lineCount];
        int[] quantities = new int[lineCount];
        String[] names = new String[lineCount];
        String[] skus = new String[lineCount];
        BigDecimal items = BigDecimal.ZERO;
        for (int i = 0; i < lineCount; i++) {
            int product = random.nextInt(PRODUCTS.length);
            String colour = COLOURS[random.nextInt(COLOURS.length)];
            String size = SIZES[random.nextInt(SIZES.length)];
            names[i] = PRODUCTS[product] + " - " + colour + " / " + size;
            skus[i] = (86719000 + product * 137) + "-" + colour.toLowerCase() + "-" + size.toLowerCase();
            prices[i] = BigDecimal.valueOf(899 + random.nextInt(6000), 2);
            quantities[i] = random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(2);
            items = items.add(prices[i].multiply(BigDecimal.valueOf(quantities[i])));
        }
        int sourceRoll = random.nextInt(100);
        String source = sourceRoll < 75 ? "web" : sourceRoll < 90 ? "tiktok" : sourceRoll < 95 ? "pos" : "shopify_draft_order";
        boolean discounted = random.nextInt(100) < 15;
        BigDecimal discount = discounted ? items.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_EVEN)
                : BigDecimal.ZERO.setScale(2);
        BigDecimal subtotal = items.subtract(discount);
        BigDecimal shipping = source.equals("pos") || subtotal.compareTo(new BigDecimal("50")) >= 0
                ? BigDecimal.ZERO.setScale(2) : new BigDecimal("3.99");
        BigDecimal total = subtotal.add(shipping);
        BigDecimal taxes = total.divide(new BigDecimal("6"), 2, RoundingMode.HALF_EVEN); // 20% VAT included

        int statusRoll = random.nextInt(1000);
        String status = statusRoll < 900 ? "paid" : statusRoll < 940 ? "partially_refunded" : statusRoll < 970 ? "refunded"
                : statusRoll < 985 ? "voided" : "pending";
        BigDecimal refunded = switch (status) {
            case "refunded" -> total;
            case "partially_refunded" -> prices[0];
            default -> BigDecimal.ZERO.setScale(2);
        };
        if (refunded.compareTo(total) > 0) {
            refunded = total;
        }
        String created = STAMP.format(clock);
        String paid = status.equals("pending") ? "" : STAMP.format(clock.plusSeconds(1));
        String email = "buyer" + (n % 50_000) + "@example.com";
        String buyer = "Buyer " + n;
        int place = random.nextInt(PROVINCES.length);
        String city = CITIES[random.nextInt(CITIES.length)];
        String street = "\"" + (1 + random.nextInt(200)) + " Example Road, " + city + "\"";
        String zip = "CV" + (1 + random.nextInt(30)) + " " + (1 + random.nextInt(9)) + "AA";
        String phone = "(+44)7" + String.format("%09d", n % 1_000_000_000);
        String reference = "#" + n + ".1";

        String[] f = new String[COLUMNS];
        Arrays.fill(f, "");
        f[0] = "#" + n;
        f[1] = email;
        f[2] = status;
        f[3] = paid;
        f[4] = status.equals("voided") ? "unfulfilled" : "fulfilled";
        f[5] = status.equals("voided") ? "" : STAMP.format(clock.plusDays(1));
        f[6] = random.nextBoolean() ? "yes" : "no";
        f[7] = "GBP";
        f[8] = subtotal.toPlainString();
        f[9] = shipping.toPlainString();
        f[10] = taxes.toPlainString();
        f[11] = total.toPlainString();
        f[12] = discounted ? "WELCOME10" : "\"\"";
        f[13] = discount.toPlainString();
        f[14] = shipping.signum() == 0 ? "Free shipping" : "Royal Mail Tracked 48";
        f[24] = buyer;
        f[25] = street;
        f[26] = street;
        f[29] = city;
        f[30] = zip;
        f[31] = CODES[place];
        f[32] = "GB";
        f[33] = phone;
        System.arraycopy(f, 24, f, 34, 10);
        f[45] = source.equals("tiktok") ? "tiktok_fulfillment_type: 3PL" : "";
        f[46] = status.equals("voided") ? STAMP.format(clock.plusHours(2)) : "";
        f[47] = source.equals("tiktok") ? "tiktok_shop" : source.equals("pos") ? "Cash" : "Shopify Payments";
        f[48] = reference;
        f[49] = refunded.toPlainString();
        f[51] = "0.00";
        f[55] = String.valueOf(10_000_000_000L + n);
        f[56] = source.equals("tiktok") ? "\"NORMAL, Shipped by Seller, TikTokOrderID:5768" + String.format("%012d", n) + "\""
                : "";
        f[57] = "Low";
        f[58] = source;
        f[60] = "UK VAT 20%";
        f[61] = taxes.toPlainString();
        f[74] = PROVINCES[place];
        f[75] = PROVINCES[place];
        f[76] = reference;
        f[78] = reference;
        for (int i = 0; i < lineCount; i++) {
            if (i > 0) {
                Arrays.fill(f, "");
                f[0] = "#" + n;
                f[1] = email;
                f[15] = created;
            }
            f[15] = created;
            f[16] = String.valueOf(quantities[i]);
            f[17] = names[i];
            f[18] = prices[i].toPlainString();
            f[20] = skus[i];
            f[21] = "true";
            f[22] = "true";
            f[23] = status.equals("voided") ? "pending" : "fulfilled";
            f[50] = "Sample Studio";
            f[59] = "0.00";
            out.write(String.join(",", f));
            out.write('\n');
        }
        return lineCount;
    }
}
