package app.eggbasket.ingestion.etsy;

import app.eggbasket.ingestion.sale.IsoCodes;
import app.eggbasket.ingestion.read.ColumnName;
import app.eggbasket.ingestion.read.ExportRow;

import java.util.Locale;

/** Value rules shared by Etsy's downloads. */
final class EtsyValues {

    private EtsyValues() {
    }

    /** The ISO currency column, upper-cased; rejects the row when it is not a three-letter code. */
    static String currency(ExportRow row, ColumnName column) {
        String value = row.required(column).toUpperCase(Locale.ROOT);
        if (!IsoCodes.isCurrency(value)) {
            throw row.reject(column, "expected an ISO currency code like EUR or USD");
        }
        return value;
    }
}
