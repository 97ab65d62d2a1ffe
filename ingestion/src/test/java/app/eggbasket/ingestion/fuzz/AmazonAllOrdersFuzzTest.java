package app.eggbasket.ingestion.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** Fuzzes the amazon-all-orders parser (see {@link ParserFuzzing}); seeds are its sample files. */
class AmazonAllOrdersFuzzTest {

    private static final String FORMAT = "amazon-all-orders";

    static Stream<byte[]> seeds() {
        return ParserFuzzing.seeds(FORMAT);
    }

    @MethodSource("seeds")
    @FuzzTest
    void parse(byte[] input) {
        ParserFuzzing.check(FORMAT, input);
    }
}
