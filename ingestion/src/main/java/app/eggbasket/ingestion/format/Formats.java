package app.eggbasket.ingestion.format;

import app.eggbasket.ingestion.amazon.AmazonAllOrdersFormat;
import app.eggbasket.ingestion.amazon.AmazonDateRangeTransactionsFormat;
import app.eggbasket.ingestion.ebay.EbayOrdersFormat;
import app.eggbasket.ingestion.ebay.EbayTransactionsFormat;
import app.eggbasket.ingestion.etsy.EtsyDirectCheckoutPaymentsFormat;
import app.eggbasket.ingestion.etsy.EtsySoldOrderItemsFormat;
import app.eggbasket.ingestion.etsy.EtsySoldOrdersFormat;
import app.eggbasket.ingestion.etsy.EtsyStatementFormat;
import app.eggbasket.ingestion.paypal.PaypalActivityFormat;
import app.eggbasket.ingestion.paypal.PaypalStatementFormat;
import app.eggbasket.ingestion.prestashop.PrestashopOrdersFormat;
import app.eggbasket.ingestion.shopify.ShopifyOrdersFormat;
import app.eggbasket.ingestion.square.SquareItemSalesFormat;
import app.eggbasket.ingestion.stripe.StripePaymentsFormat;
import app.eggbasket.ingestion.sumup.SumupSalesFormat;
import app.eggbasket.ingestion.sumup.SumupTransactionsFormat;
import app.eggbasket.ingestion.template.GenericTemplateFormat;
import app.eggbasket.ingestion.woocommerce.WooAnalyticsOrdersFormat;
import app.eggbasket.ingestion.woocommerce.WooOrderExportFormat;

import java.util.List;

/** The formats Eggbasket reads out of the box. Adding a format means adding it here. */
public final class Formats {

    private Formats() {
    }

    public static FormatRegistry standard() {
        return new FormatRegistry(List.of(
                new EtsySoldOrdersFormat(),
                new EtsySoldOrderItemsFormat(),
                new EtsyStatementFormat(),
                new EtsyDirectCheckoutPaymentsFormat(),
                new AmazonDateRangeTransactionsFormat(),
                new AmazonAllOrdersFormat(),
                new EbayOrdersFormat(),
                new EbayTransactionsFormat(),
                new ShopifyOrdersFormat(),
                new PrestashopOrdersFormat(),
                new PaypalActivityFormat(),
                new PaypalStatementFormat(),
                new StripePaymentsFormat(),
                new SumupTransactionsFormat(),
                new SumupSalesFormat(),
                new SquareItemSalesFormat(),
                new GenericTemplateFormat(),
                new WooAnalyticsOrdersFormat(),
                new WooOrderExportFormat()));
    }
}
