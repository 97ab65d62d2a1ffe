package app.eggbasket.ingestion.mapping;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ExcelDamageTests {

    private static final ExcelDamage CHECK = new ExcelDamage(Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void aKnownExportWithSemicolonsIsSaidToBeReSavedByExcelAndItsDateOrderIsTheFormats() {
        app.eggbasket.ingestion.format.SaleFormat etsy = app.eggbasket.ingestion.format.Formats.standard().byId("etsy-sold-orders")
                .orElseThrow();
        String resaved = "Sale Date;Order ID;Order Value\n03/04/22;1;10,00\n05/06/22;2;12,50\n";
        List<DamageWarning> warnings = CHECK.checkUpload("orders.csv",
                resaved.getBytes(StandardCharsets.UTF_8), etsy);
        assertThat(warnings).extracting(DamageWarning::kind).containsExactly(DamageWarning.Kind.RESAVED_BY_EXCEL);
        assertThat(warnings.get(0).sentence(Locale.FRENCH)).contains("« " + etsy.label() + " »")
                .contains("ouvert puis enregistré par Excel");

        String untouched = "Sale Date,Order ID,Order Value\n03/04/22,1,10.00\n";
        assertThat(CHECK.checkUpload("orders.csv", untouched.getBytes(StandardCharsets.UTF_8), etsy))
                .as("the format, not the file, says which comes first of day and month").isEmpty();
        assertThat(CHECK.checkUpload("empty.csv", new byte[0], etsy)).isEmpty();
    }

    @Test
    void datesWithBothDaysAbove12AndFourDigitYearsGiveNoWarning() {
        assertThat(check("Date;Total\n13/04/2024;1\n02/05/2024;2\n")).isEmpty();
    }

    @Test
    void daysAllUpTo12MakeTheOrderAmbiguous() {
        List<DamageWarning> warnings = check("Date;Total\n03/04/2024;1\n02/05/2024;2\n");

        assertThat(warnings).extracting(DamageWarning::kind).containsExactly(DamageWarning.Kind.DAY_MONTH_AMBIGUOUS);
        assertThat(warnings.get(0).sentence(Locale.ENGLISH)).contains("we cannot tell 03/04 from 04/03");
        assertThat(warnings.get(0).sentence(Locale.FRENCH)).contains("nous ne pouvons pas distinguer le 03/04 du 04/03");
    }

    @Test
    void mixedYearDigitsAndImpossibleYearsAreNamed() {
        List<DamageWarning> warnings = check("Date;Total\n13/04/24;1\n14/05/2024;2\n15/05/2087;3\n2019-01-01;4\n1925-01-01;5\n");

        assertThat(warnings).extracting(DamageWarning::kind)
                .containsExactly(DamageWarning.Kind.MIXED_YEAR_DIGITS, DamageWarning.Kind.IMPLAUSIBLE_YEAR);
        assertThat(warnings.get(1).examples()).containsExactly("15/05/2087", "1925-01-01");
    }

    @Test
    void fourDigitPostcodesAndScientificIdsAreNamed() {
        List<DamageWarning> warnings = check("Order;Code postal;Ville\n1.23457E+11;1000;Bourg\n1.23457E+11;75011;Paris\n");

        assertThat(warnings).extracting(DamageWarning::kind)
                .containsExactly(DamageWarning.Kind.SCIENTIFIC_NOTATION, DamageWarning.Kind.POSTCODE_LOST_ZERO);
        assertThat(warnings.get(1).sentence(Locale.FRENCH)).contains("« Code postal »").contains("(1000)");
    }

    @Test
    void fourDigitNumbersOutsideAPostcodeColumnAreFine() {
        assertThat(check("Date;Quantité\n13/04/2024;1000\n")).isEmpty();
    }

    @Test
    void theFileSettlesTheOrderWhenADayIsAbove12() {
        assertThat(ExcelDamage.settledSlashedOrder(List.of("03/04/2024", "13/04/2024"))).isEqualTo("dd/MM/yyyy");
        assertThat(ExcelDamage.settledSlashedOrder(List.of("04/13/2024"))).isEqualTo("MM/dd/yyyy");
        assertThat(ExcelDamage.settledSlashedOrder(List.of("03/04/2024"))).isNull();
    }

    private static List<DamageWarning> check(String csv) {
        return CHECK.check(FileSample.of("f.csv", csv.getBytes(StandardCharsets.UTF_8), 200));
    }
}
