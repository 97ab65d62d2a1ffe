package app.eggbasket.ingestion.fuzz;

import app.eggbasket.ingestion.format.SaleFormat;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A registered format without its fuzz test would go unfuzzed: {@code etsy-sold-orders} → {@code EtsySoldOrdersFuzzTest}. */
class EveryFormatFuzzedTests {

    @Test
    void everyRegisteredFormatHasAFuzzTest() {
        for (SaleFormat format : ParserFuzzing.REGISTRY.formats()) {
            String name = ParserFuzzing.class.getPackageName() + "." + Arrays.stream(format.id().split("-"))
                    .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                    .collect(Collectors.joining()) + "FuzzTest";
            assertThat(classExists(name)).as("fuzz test %s for format %s", name, format.id()).isTrue();
        }
    }

    @Test
    void everyFormatHasSeeds() {
        for (SaleFormat format : ParserFuzzing.REGISTRY.formats()) {
            assertThat(ParserFuzzing.seeds(format.id())).as("seeds of %s", format.id()).isNotEmpty();
        }
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
