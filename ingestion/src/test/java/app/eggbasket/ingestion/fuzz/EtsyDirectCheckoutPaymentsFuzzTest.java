package app.eggbasket.ingestion.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** Fuzzes the etsy-direct-checkout-payments parser (see {@link ParserFuzzing}); seeds are its sample files. */
class EtsyDirectCheckoutPaymentsFuzzTest {

    private static final String FORMAT = "etsy-direct-checkout-payments";

    static Stream<byte[]> seeds() {
        return ParserFuzzing.seeds(FORMAT);
    }

    @MethodSource("seeds")
    @FuzzTest
    void parse(byte[] input) {
        ParserFuzzing.check(FORMAT, input);
    }
}
