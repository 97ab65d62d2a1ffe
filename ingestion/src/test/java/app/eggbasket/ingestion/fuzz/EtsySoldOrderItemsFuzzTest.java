package app.eggbasket.ingestion.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** Fuzzes the etsy-sold-order-items parser (see {@link ParserFuzzing}); seeds are its sample files. */
class EtsySoldOrderItemsFuzzTest {

    private static final String FORMAT = "etsy-sold-order-items";

    static Stream<byte[]> seeds() {
        return ParserFuzzing.seeds(FORMAT);
    }

    @MethodSource("seeds")
    @FuzzTest
    void parse(byte[] input) {
        ParserFuzzing.check(FORMAT, input);
    }
}
