package app.eggbasket.ingestion.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteCheckTests {

    @Test
    void findsTheLineWhereAnUnclosedQuoteStarts() {
        assertThat(check("a,b\n1,\"two\nlines\"\n3,\"cut", ',')).isEqualTo(4);
        assertThat(check("a,b\n1,\"two\nlines\"\n3,4", ',')).isEqualTo(-1);
        assertThat(check("a;b\n1;x\"y\n", ';')).isEqualTo(-1);
        assertThat(check("\uFEFFa,\"b\"\"\n", ',')).isEqualTo(1);
    }

    /** Texts long enough for the eight-byte steps, against the character-by-character reading. */
    @Test
    void agreesWithReadingCharacterByCharacter() {
        String alphabet = "abcdefgh,;\t\"\n\ré’";
        Random random = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                text.append(random.nextInt(3) == 0 ? c : alphabet.charAt(random.nextInt(8)));
            }
            for (char delimiter : new char[] {',', ';', '\t'}) {
                assertThat(check(text.toString(), delimiter)).as("%s with %s", text, delimiter)
                        .isEqualTo(reference(text.toString(), delimiter));
            }
        }
    }

    private static int check(String text, char delimiter) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return QuoteCheck.unclosedQuoteLine(bytes, 0, delimiter);
    }

    private enum State { FIELD_START, TEXT, QUOTED, QUOTE_IN_QUOTED }

    /** The same rule as a state machine over characters, the way a CSV reader is usually written. */
    private static int reference(String text, char delimiter) {
        State state = State.FIELD_START;
        int line = 1;
        int openedAt = -1;
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            state = switch (state) {
                case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
                case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : afterText(c, delimiter, State.TEXT);
                case FIELD_START -> {
                    if (c == '"') {
                        openedAt = line;
                        yield State.QUOTED;
                    }
                    yield afterText(c, delimiter, c == '\r' ? State.FIELD_START : State.TEXT);
                }
                case TEXT -> afterText(c, delimiter, State.TEXT);
            };
        }
        return state == State.QUOTED ? openedAt : -1;
    }

    /** Outside quotes: a delimiter or a line end starts a field; anything else keeps {@code otherwise}. */
    private static State afterText(char c, char delimiter, State otherwise) {
        if (c == '\n') {
            return State.FIELD_START;
        }
        return c == delimiter ? State.FIELD_START : otherwise;
    }
}
