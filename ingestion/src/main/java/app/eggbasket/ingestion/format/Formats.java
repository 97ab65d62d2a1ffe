package app.eggbasket.ingestion.format;

import app.eggbasket.ingestion.etsy.EtsySoldOrderItemsFormat;
import app.eggbasket.ingestion.etsy.EtsySoldOrdersFormat;
import app.eggbasket.ingestion.paypal.PaypalActivityFormat;
import app.eggbasket.ingestion.paypal.PaypalStatementFormat;
import app.eggbasket.ingestion.prestashop.PrestashopOrdersFormat;
import app.eggbasket.ingestion.shopify.ShopifyOrdersFormat;
import app.eggbasket.ingestion.square.SquareItemSalesFormat;
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
                new ShopifyOrdersFormat(),
                new PaypalActivityFormat(),
                new PaypalStatementFormat(),
                new SquareItemSalesFormat(),
                new WooAnalyticsOrdersFormat(),
                new WooOrderExportFormat(),
                new PrestashopOrdersFormat()));
    }
}
