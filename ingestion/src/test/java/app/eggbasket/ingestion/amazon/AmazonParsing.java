package app.eggbasket.ingestion.amazon;

import app.eggbasket.ingestion.format.DetectedExport;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.ExportParser;
import app.eggbasket.ingestion.ingest.RowResult;
import app.eggbasket.ingestion.lake.BuyerPseudonymiser;
import app.eggbasket.ingestion.read.ExportText;
import app.eggbasket.ingestion.sale.SaleLine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Parses an export text through format detection and the real ingestion path, for the Amazon tests. */
final class AmazonParsing {

    static final String US_PREAMBLE = """
            \uFEFF"Includes Amazon Marketplace, Fulfillment by Amazon (FBA), and Amazon Webstore transactions"
            "All amounts in USD, unless specified"
            "Definitions:"
            "Sales tax collected: Includes sales tax collected from buyers for product sales, shipping, and gift wrap."
            "Selling fees: Includes variable closing fees and referral fees."
            "Other transaction fees: Includes shipping chargebacks, shipping holdbacks, per-item fees  and sales tax collection fees."
            "Other: Includes non-order transaction amounts. For more details, see the ""Type"" and ""Description"" columns for each order ID."
            """;
    static final String US_2017_HEADER = "\"date/time\",\"settlement id\",\"type\",\"order id\",\"sku\",\"description\","
            + "\"quantity\",\"marketplace\",\"fulfillment\",\"order city\",\"order state\",\"order postal\",\"product sales\","
            + "\"shipping credits\",\"gift wrap credits\",\"promotional rebates\",\"sales tax collected\","
            + "\"Marketplace Facilitator Tax\",\"selling fees\",\"fba fees\",\"other transaction fees\",\"other\",\"total\"\n";
    static final String FR_PREAMBLE = """
            \uFEFF"Comprend les transactions Amazon Marketplace, Expédié par Amazon (FBA) et Amazon Webstore"
            "Tous les montants sont en EUR, sauf mention contraire."
            "Définitions :"
            "Frais de vente : comprend les frais de vente variables et les frais de commission."
            "Autres frais de transaction : comprend les rétrofacturations d'expédition et les frais par article."
            "Autre : comprend les montants de transaction non liés à des commandes."
            """;
    static final String FR_HEADER = "\"date/heure\",\"numéro de versement\",\"type\",\"numéro de la commande\",\"sku\","
            + "\"description\",\"quantité\",\"Marketplace\",\"traitement\",\"ville d'où provient la commande\","
            + "\"Région d'où provient la commande\",\"code postal de la commande\",\"Modèle de perception des taxes\","
            + "\"ventes de produits\",\"Taxes sur la vente des produits\",\"crédits d'expédition\","
            + "\"taxe sur les crédits d’expédition\",\"crédits sur l'emballage cadeau\",\"Taxes sur les crédits cadeaux\","
            + "\"Rabais promotionnels\",\"Taxes sur les remises promotionnelles\",\"Taxes retenues sur le site de vente\","
            + "\"frais de vente\",\"Frais Expédié par Amazon\",\"autres frais de transaction\",\"autre\",\"total\"\n";
    static final String ALL_ORDERS_HEADER = String.join("\t", "amazon-order-id", "merchant-order-id", "purchase-date",
            "last-updated-date", "order-status", "fulfillment-channel", "sales-channel", "order-channel", "url",
            "ship-service-level", "product-name", "sku", "asin", "item-status", "quantity", "currency", "item-price",
            "item-tax", "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax", "item-promotion-discount",
            "ship-promotion-discount", "ship-city", "ship-state", "ship-postal-code", "ship-country", "promotion-ids",
            "is-business-order", "purchase-order-number", "price-designation") + "\n";

    final String format;
    final int headerLine;
    final List<RowResult> results = new ArrayList<>();

    private AmazonParsing(String format, int headerLine) {
        this.format = format;
        this.headerLine = headerLine;
    }

    static AmazonParsing parse(String text) {
        return parse(text, ParseContext.DEFAULT_CURRENCY);
    }

    static AmazonParsing parse(String text, String sellerCurrency) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        DetectedExport export = Formats.standard().detect(ExportText.decode("test.csv", bytes));
        AmazonParsing parsing = new AmazonParsing(export.format().id(), export.table().headerLine());
        ParseContext context = new ParseContext("alice", "upload", "test.csv", ParseContext.DEFAULT_ZONE, null,
                new BuyerPseudonymiser("a-test-key-of-enough-length".getBytes(StandardCharsets.UTF_8)), sellerCurrency);
        ExportParser.parse(export, context, parsing.results::add);
        return parsing;
    }

    /** A quoted transaction-report row of the US 2017 layout; amounts in column order, total computed. */
    static String usRow(String dateTime, String type, String orderId, String sku, String... amounts) {
        BigDecimal total = BigDecimal.ZERO;
        StringBuilder money = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            String a = i < amounts.length ? amounts[i] : "0";
            total = total.add(new BigDecimal(a));
            money.append(",\"").append(a).append('"');
        }
        return "\"" + dateTime + "\",\"6503097031\",\"" + type + "\",\"" + orderId + "\",\"" + sku + "\",\"desc\",\"1\","
                + "\"amazon.com\",\"Amazon\",\"SEATTLE\",\"WA\",\"98101\"" + money + ",\"" + total.toPlainString() + "\"\n";
    }

    List<SaleLine> sales() {
        return results.stream().filter(r -> r instanceof RowResult.Accepted)
                .map(r -> ((RowResult.Accepted) r).sale()).toList();
    }

    List<String> skipReasons() {
        return results.stream().filter(r -> r instanceof RowResult.Skipped)
                .map(r -> ((RowResult.Skipped) r).reason()).toList();
    }

    List<RowResult.Rejected> rejections() {
        return results.stream().filter(r -> r instanceof RowResult.Rejected).map(r -> (RowResult.Rejected) r).toList();
    }
}
