package app.eggbasket.ingestion.fuzz;

import app.eggbasket.ingestion.read.Rejection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fuzz harness's own rules. */
class ParserFuzzingTests {

    @Test
    void aNullPointerMessageIsNotAReasonForTheSeller() {
        assertThat(ParserFuzzing.hasSellersReason(new Rejection("f.csv", 2, "-", "",
                "Cannot invoke \"String.trim()\" because \"value\" is null"))).isFalse();
        assertThat(ParserFuzzing.hasSellersReason(new Rejection("f.csv", 2, "-", "", " "))).isFalse();
    }

    /** Found by fuzzing eggbasket-template: the harness took a reason quoting the value for Java's message. */
    @Test
    void aReasonQuotingAValueThatLooksLikeJavaIsStillAReason() {
        assertThat(ParserFuzzing.hasSellersReason(new Rejection("f.csv", 5, "channel_kind", "because \"",
                "unknown channel kind 'because \"'; expected one of MARKETPLACE, SOCIAL, OWN_SHOP"))).isTrue();
    }
}
