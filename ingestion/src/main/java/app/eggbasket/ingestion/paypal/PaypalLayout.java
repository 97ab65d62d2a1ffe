package app.eggbasket.ingestion.paypal;

import app.eggbasket.ingestion.read.ColumnName;

/**
 * Where each value PayPal's two ledger formats share sits in one of them. A null column is one the
 * format never has (the statement has no status: it lists completed movements only).
 *
 * @param monthFirstInEnglish whether an English-labelled file whose dates never show a day above 12
 *                            is read month first (the US statement) rather than day first (the
 *                            UK-style activity download)
 */
record PaypalLayout(ColumnName date, ColumnName time, ColumnName zone, ColumnName type, ColumnName status,
                    ColumnName currency, ColumnName gross, ColumnName fee, ColumnName transactionId,
                    ColumnName referenceTxnId, ColumnName fromEmail, ColumnName toEmail, ColumnName name,
                    ColumnName shipping, ColumnName salesTax, ColumnName itemTitle, ColumnName itemId,
                    ColumnName quantity, ColumnName countryCode, ColumnName balanceImpact,
                    boolean monthFirstInEnglish) {
}
