package app.eggbasket.ingestion.mapping;

import java.util.List;
import java.util.Locale;

/**
 * A sign that Excel changed a file before it was uploaded, as a plain sentence in English or French.
 *
 * @param kind     what Excel did
 * @param column   the header label of the column
 * @param examples up to 3 values as found in the file
 */
public record DamageWarning(Kind kind, String column, List<String> examples) {

    /** The kinds of damage {@link ExcelDamage} looks for. */
    public enum Kind {
        /** Some dates have 2-digit years and others 4: Excel re-typed some of them. */
        MIXED_YEAR_DIGITS,
        /** Years before 1990 or after next year: a 2-digit year expanded into the wrong century. */
        IMPLAUSIBLE_YEAR,
        /** Every slashed date has day and month ≤ 12: the file alone cannot say which comes first. */
        DAY_MONTH_AMBIGUOUS,
        /** 4-digit postal codes: French codes lost their leading 0. */
        POSTCODE_LOST_ZERO,
        /** Long numbers (order ids) written like 1.23457E+11: digits were lost. */
        SCIENTIFIC_NOTATION,
        /**
         * A known platform's export with {@code ;} between columns where the platform writes {@code ,}: opened and
         * saved again by a French Excel ({@code column} holds the format's label).
         */
        RESAVED_BY_EXCEL
    }

    public String sentence(Locale locale) {
        boolean fr = locale != null && locale.getLanguage().equals("fr");
        String ex = String.join(", ", examples);
        return switch (kind) {
            case MIXED_YEAR_DIGITS -> fr
                    ? "La colonne « " + column + " » mélange des années à 2 chiffres et à 4 chiffres (" + ex
                    + ") : Excel a sans doute réécrit une partie des dates. Vérifiez le siècle des dates courtes."
                    : "Column '" + column + "' mixes 2-digit and 4-digit years (" + ex
                    + "): Excel probably rewrote some of the dates. Check the century of the short ones.";
            case IMPLAUSIBLE_YEAR -> fr
                    ? "La colonne « " + column + " » contient des années invraisemblables (" + ex
                    + ") : une année écrite sur 2 chiffres a pu être mise dans le mauvais siècle par Excel."
                    : "Column '" + column + "' has years that cannot be right (" + ex
                    + "): a 2-digit year may have been put in the wrong century by Excel.";
            case DAY_MONTH_AMBIGUOUS -> fr
                    ? "Dans la colonne « " + column + " », aucun jour ne dépasse 12 (" + ex
                    + ") : nous ne pouvons pas distinguer le 03/04 du 04/03 dans ce fichier. Choisissez l’ordre jour/mois."
                    : "In column '" + column + "', no day is above 12 (" + ex
                    + "): we cannot tell 03/04 from 04/03 in this file. Choose the order of day and month.";
            case POSTCODE_LOST_ZERO -> fr
                    ? "La colonne « " + column + " » contient des codes postaux à 4 chiffres (" + ex
                    + ") : si ce sont des codes français, Excel a supprimé leur 0 du début (01000 est devenu 1000). Les pays restent justes, "
                    + "mais réexportez le fichier sans l’ouvrir dans Excel si vous avez besoin des codes."
                    : "Column '" + column + "' has 4-digit postal codes (" + ex
                    + "): if they are French codes, Excel dropped their leading 0 (01000 became 1000). Countries are still right, "
                    + "but export the file again without opening it in Excel if you need the codes.";
            case SCIENTIFIC_NOTATION -> fr
                    ? "La colonne « " + column + " » contient des nombres écrits comme " + ex
                    + " : Excel a arrondi ces longs numéros et leurs derniers chiffres sont perdus. "
                    + "Réexportez le fichier depuis la plateforme sans l’ouvrir dans Excel."
                    : "Column '" + column + "' has numbers written like " + ex
                    + ": Excel rounded these long numbers and their last digits are lost. "
                    + "Export the file again from the platform without opening it in Excel.";
            case RESAVED_BY_EXCEL -> fr
                    ? "Ce fichier « " + column + " » a été ouvert puis enregistré par Excel (des « ; » entre les colonnes, "
                    + "là où la plateforme met des virgules) : ses dates sont lues jour en premier et ses montants avec une "
                    + "virgule décimale. Si un chiffre vous semble faux, téléchargez de nouveau l’export et déposez-le sans l’ouvrir."
                    : "This " + column + " file was opened and saved again by Excel (';' between columns where the platform "
                    + "writes commas): its dates are read day first and its amounts with a decimal comma. If a figure looks "
                    + "wrong, download the export again and upload it without opening it.";
        };
    }
}
