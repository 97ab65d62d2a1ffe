package app.eggbasket.ingestion.lake;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Replaces a buyer identity (user name, e-mail) by a keyed hash: HMAC-SHA256 of the seller id and the
 * normalised identity. The same buyer gets the same reference within one seller's data (repeat buyers
 * can be counted) but references cannot be linked across sellers nor reversed without the key.
 */
public final class BuyerPseudonymiser {

    private final byte[] key;
    /** One keyed MAC per thread: looking up and keying a Mac for every line is most of the cost of a ref. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public BuyerPseudonymiser(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the pseudonymisation key must have at least 16 bytes");
        }
        this.key = key.clone();
    }

    /** A 32-hex-character reference for the buyer. */
    public String ref(String sellerId, String identity) {
        Mac mac = macs.get();
        mac.update(sellerId.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        mac.update(identity.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(), 0, 16);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
