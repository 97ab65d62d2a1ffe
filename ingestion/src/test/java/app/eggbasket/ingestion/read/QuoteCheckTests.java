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

    /** The rule as first written, on characters. */
    private static int reference(String text, char delimiter) {
        boolean inQuotes = false;
        boolean fieldStart = true;
        int line = 1;
        int openedAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else if (c == '\n') {
                    line++;
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                inQuotes = true;
                openedAt = line;
                fieldStart = false;
            } else if (c == delimiter) {
                fieldStart = true;
            } else if (c == '\n') {
                line++;
                fieldStart = true;
            } else if (c != '\r') {
                fieldStart = false;
            }
        }
        return inQuotes ? openedAt : -1;
    }
}
