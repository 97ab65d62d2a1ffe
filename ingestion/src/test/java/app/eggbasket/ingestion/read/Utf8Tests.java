package app.eggbasket.ingestion.read;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8Tests {

    @Test
    void agreesWithTheJdkDecoderOnEdgeSequences() {
        String[] cases = {"", "41", "c3a9", "e28099", "f09f9880", "c2", "c080", "c1bf", "e08080", "e0a080", "eda080",
                "ed9fbf", "ee8080", "f08f8080", "f0908080", "f48fbfbf", "f4908080", "f5808080", "ff", "80", "bf41",
                "e282", "f09f98", "41424344454647c3a9", "4142434445464748e28099", "41424344454647484949e2"};
        for (String hex : cases) {
            byte[] bytes = HexFormat.of().parseHex(hex);
            assertThat(Utf8.isValid(bytes, 0)).as(hex).isEqualTo(jdkAccepts(bytes));
        }
    }

    @Test
    void agreesWithTheJdkDecoderOnRandomText() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = randomText(random);
            assertThat(Utf8.isValid(bytes, 0)).as(HexFormat.of().formatHex(bytes)).isEqualTo(jdkAccepts(bytes));
        }
    }

    @Test
    void startsAfterTheOffset() {
        byte[] bytes = {(byte) 0xBF, 'a', 'b'};
        assertThat(Utf8.isValid(bytes, 0)).isFalse();
        assertThat(Utf8.isValid(bytes, 1)).isTrue();
    }

    /** Runs of ASCII, whole characters of every length, and stray or cut bytes. */
    private static byte[] randomText(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pieces = random.nextInt(12);
        for (int p = 0; p < pieces; p++) {
            switch (random.nextInt(4)) {
                case 0 -> out.writeBytes("abcdefghijk".substring(random.nextInt(11)).getBytes(StandardCharsets.US_ASCII));
                case 1 -> out.writeBytes(Character.toString(random.nextInt(0x110000)).getBytes(StandardCharsets.UTF_8));
                case 2 -> out.write(0x80 + random.nextInt(0x80));
                default -> {
                    byte[] c = Character.toString(0x80 + random.nextInt(0x10FF80)).getBytes(StandardCharsets.UTF_8);
                    out.write(c, 0, 1 + random.nextInt(c.length));
                }
            }
        }
        return out.toByteArray();
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
