package app.eggbasket.dashboard.account;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, as every stored hash is (cost 10, unchanged), of the password NFKC-normalised
 * ({@link PasswordPolicy#normalise}): the same letters typed on two keyboards give the same password. A hash
 * made before normalisation, of a password that normalisation changes, still matches the password as typed.
 */
public final class PasswordHasher implements PasswordEncoder {

    private final BCryptPasswordEncoder bcrypt;

    public PasswordHasher() {
        this(new BCryptPasswordEncoder());
    }

    public PasswordHasher(BCryptPasswordEncoder bcrypt) {
        this.bcrypt = bcrypt;
    }

    @Override
    public String encode(CharSequence raw) {
        return bcrypt.encode(PasswordPolicy.normalise(raw.toString()));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (raw == null || encoded == null) {
            return false;
        }
        String typed = raw.toString();
        String normal = PasswordPolicy.normalise(typed);
        return safeMatches(normal, encoded) || (!normal.equals(typed) && safeMatches(typed, encoded));
    }

    /** BCrypt refuses to check more than 72 bytes: such a password was never stored, so it matches nothing. */
    private boolean safeMatches(String password, String encoded) {
        try {
            return bcrypt.matches(password, encoded);
        } catch (IllegalArgumentException tooLong) {
            return false;
        }
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return bcrypt.upgradeEncoding(encoded);
    }
}
