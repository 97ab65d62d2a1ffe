package app.eggbasket.ingestion.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** Fuzzes the sumup-sales parser (see {@link ParserFuzzing}); seeds are its sample files. */
class SumupSalesFuzzTest {

    private static final String FORMAT = "sumup-sales";

    static Stream<byte[]> seeds() {
        return ParserFuzzing.seeds(FORMAT);
    }

    @MethodSource("seeds")
    @FuzzTest
    void parse(byte[] input) {
        ParserFuzzing.check(FORMAT, input);
    }
}
