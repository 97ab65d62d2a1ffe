package app.eggbasket.ingestion.sumup;

import app.eggbasket.ingestion.read.ColumnName;
import app.eggbasket.ingestion.read.DateReader;
import app.eggbasket.ingestion.read.ExportRow;
import app.eggbasket.ingestion.read.Money;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Values shared by SumUp's reports, in English, German and French. SumUp serves the UK and the euro
 * area, so slashed and dotted dates are day first ({@code 14/03/2024 10:15}, German {@code 14.03.2024, 10:15},
 * two-digit years as in {@code 17.04.23}); times are the merchant's local time (no zone is written).
 */
final class SumupValues {

    /** Statuses of a payment that went through (paid out or about to be). */
    static final Set<String> SUCCESSFUL = Set.of("successful", "paid out", "paid", "erfolgreich", "geplant",
            "ausgezahlt", "reussi", "reussie", "verse", "versee", "paye", "payee");
    /** Statuses of a payment that went through and was later given back (refund or chargeback). */
    static final Set<String> REFUNDED = Set.of("refunded", "chargeback", "charged back", "erstattet",
            "ruckerstattet", "ruckbuchung", "rembourse", "remboursee", "retrofacturation", "retrofacture",
            "retrofacturee");

    private SumupValues() {
    }

    /** Lower case, without accents or surrounding spaces: {@code Réussie} → {@code reussie}. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static DateReader dates(boolean frenchExcel) {
        return DateReader.of(frenchExcel, "dd/MM/uuuu[ HH:mm[:ss]]", "dd.MM.uuuu[[,] HH:mm[:ss]]",
                "dd.MM.uu[[,] HH:mm[:ss]]");
    }

    /** The currency a symbol in the amount names ({@code €12.00}), else the seller's. */
    static String currency(ExportRow row, ColumnName column, String sellerCurrency) {
        Money money = row.money(column);
        return money != null && money.currency() != null ? money.currency() : sellerCurrency;
    }

    /** The amount without its sign (refund rows write negative amounts), zero when blank. */
    static BigDecimal positive(ExportRow row, ColumnName column) {
        return row.amountOrZero(column).abs();
    }
}
