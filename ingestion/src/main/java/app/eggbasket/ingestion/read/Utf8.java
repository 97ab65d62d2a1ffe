package app.eggbasket.ingestion.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether bytes are well-formed UTF-8 (Unicode table 3-7: no overlong form, no surrogate, nothing above
 * U+10FFFF, no cut sequence), which is what the JDK's decoder accepts when told to report errors. Checked in
 * place, eight ASCII bytes at a time, instead of decoding the whole file to find out.
 */
final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    static boolean isValid(byte[] bytes, int offset) {
        int n = bytes.length;
        int i = offset;
        while (i < n) {
            while (i + Long.BYTES <= n && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
            }
            if (i >= n) {
                return true;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(b);
            if (length == 0 || i + length > n || !secondByteFits(b, bytes[i + 1] & 0xFF)) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                if (!isContinuation(bytes[i + k] & 0xFF)) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    /** The length of the sequence a lead byte starts, 0 when it cannot start one. */
    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /** The second byte's range depends on the lead byte: it rules out overlong forms, surrogates and beyond U+10FFFF. */
    private static boolean secondByteFits(int lead, int second) {
        return switch (lead) {
            case 0xE0 -> second >= 0xA0 && second <= 0xBF;
            case 0xED -> second >= 0x80 && second <= 0x9F;
            case 0xF0 -> second >= 0x90 && second <= 0xBF;
            case 0xF4 -> second >= 0x80 && second <= 0x8F;
            default -> isContinuation(second);
        };
    }

    private static boolean isContinuation(int b) {
        return b >= 0x80 && b <= 0xBF;
    }
}
