package app.eggbasket.ingestion.mapping;

import app.eggbasket.ingestion.sale.SaleStatus;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static app.eggbasket.ingestion.mapping.CanonicalField.AMOUNT;
import static app.eggbasket.ingestion.mapping.CanonicalField.CURRENCY;
import static app.eggbasket.ingestion.mapping.CanonicalField.DATE;
import static app.eggbasket.ingestion.mapping.CanonicalField.ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnMappingTests {

    @Test
    void jsonRoundTripKeepsEverything() {
        ColumnMapping mapping = new ColumnMapping("market-2015", List.of("Jour", "Montant", "Statut"), ';', true,
                "dd/MM/yyyy", AmountMeaning.UNIT_PRICE,
                Mappings.fields(DATE, FieldSource.column("Jour"), AMOUNT, FieldSource.column("Montant"),
                        CURRENCY, FieldSource.constant("EUR")),
                Map.of("En litige", SaleStatus.REFUNDED));

        byte[] json = MappingJson.write(mapping);
        ColumnMapping back = MappingJson.read(json);

        assertThat(back).isEqualTo(mapping);
        assertThat(back.statusValues()).containsEntry("en litige", SaleStatus.REFUNDED);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"delimiter\" : \";\"").contains("\"constant\" : \"EUR\"");
    }

    @Test
    void theAmountIsRequired() {
        assertThatThrownBy(() -> new ColumnMapping("m", List.of("Jour", "Montant"), ',', false, "dd/MM/yyyy", null,
                Mappings.fields(DATE, FieldSource.column("Jour")), null))
                .hasMessage("choose the column of the amount");
    }

    @Test
    void aMappedColumnMustBeInTheHeader() {
        assertThatThrownBy(() -> new ColumnMapping("m", List.of("Jour", "Montant"), ',', false, "dd/MM/yyyy", null,
                Mappings.fields(DATE, FieldSource.column("Jour"), AMOUNT, FieldSource.column("Prix")), null))
                .hasMessage("the file has no column 'Prix'");
    }

    @Test
    void onlyCurrencyChannelAndKindMayBeConstants() {
        assertThatThrownBy(() -> new ColumnMapping("m", List.of("Jour", "Montant"), ',', false, "dd/MM/yyyy", null,
                Mappings.fields(DATE, FieldSource.column("Jour"), AMOUNT, FieldSource.column("Montant"),
                        ITEM, FieldSource.constant("Broche")), null))
                .hasMessage("the item must come from a column");
        assertThatThrownBy(() -> new ColumnMapping("m", List.of("Jour", "Montant"), ',', false, "dd/MM/yyyy", null,
                Mappings.fields(DATE, FieldSource.column("Jour"), AMOUNT, FieldSource.column("Montant"),
                        CURRENCY, FieldSource.constant("euros")), null))
                .hasMessageContaining("3 capital letters");
    }

    @Test
    void namesAreSafeFileNames() {
        assertThatThrownBy(() -> new ColumnMapping("../alice", List.of("Jour", "Montant"), ',', false, "dd/MM/yyyy", null,
                Mappings.fields(DATE, FieldSource.column("Jour"), AMOUNT, FieldSource.column("Montant")), null))
                .hasMessageContaining("mapping name");
    }

    @Test
    void theHeaderIsMatchedInAnyOrderAndSpelling() {
        ColumnMapping mapping = Mappings.simple("dd/MM/yyyy", AmountMeaning.LINE_TOTAL);

        assertThat(mapping.matches(List.of("total", "DATE", "Order", "Qty", "Refund", "Status", "Time"))).isTrue();
        assertThat(mapping.matches(List.of("Date", "Total"))).isFalse();
    }

    @Test
    void invalidJsonSaysWhy() {
        assertThatThrownBy(() -> MappingJson.read("{\"name\":\"m\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid column mapping");
    }
}
