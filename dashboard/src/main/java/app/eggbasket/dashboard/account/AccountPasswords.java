package app.eggbasket.dashboard.account;

import app.eggbasket.dashboard.web.InvalidRequestException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.NoSuchElementException;

/**
 * Every way a password is set: a new account (CLI, invitation page), the operator's reset (CLI), the account's own
 * change (page and API). Each new password passes the {@link PasswordPolicy} first; the hash is BCrypt's.
 */
public final class AccountPasswords {

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;

    public AccountPasswords(AccountStore accounts, PasswordEncoder encoder, PasswordPolicy policy) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
    }

    /** The CLI's: {@link PasswordHasher} and the standard policy. */
    public static AccountPasswords of(AccountStore accounts) {
        return new AccountPasswords(accounts, new PasswordHasher(), PasswordPolicy.standard());
    }

    /**
     * Saves a new account (or replaces the one of the same username) with this password.
     *
     * @throws PasswordRefusedException when the policy refuses the password
     */
    public Account create(String username, Role role, String sellerId, String cooperativeId, String password) {
        policy.require(password, username);
        Account account = new Account(username, encoder.encode(password), role, sellerId, cooperativeId);
        accounts.save(account);
        return account;
    }

    /**
     * The operator's reset: a new password without the current one.
     *
     * @throws NoSuchElementException   when there is no such account
     * @throws PasswordRefusedException when the policy refuses the password
     */
    public Account reset(String username, String password) {
        Account account = accounts.find(username).orElseThrow(() -> new NoSuchElementException("no account " + username));
        policy.require(password, account.username());
        Account changed = new Account(account.username(), encoder.encode(password), account.role(), account.sellerId(),
                account.cooperativeId());
        accounts.save(changed);
        return changed;
    }

    /**
     * The account's own change: her current password first, then the new one twice ({@code confirmation} null when
     * the caller does not ask it twice, as the API).
     *
     * @throws InvalidRequestException  {@code password.error.current} when the current password is not hers,
     *                                  {@code password.error.mismatch} when the two new ones differ
     * @throws PasswordRefusedException when the policy refuses the new password
     */
    public void change(String username, String current, String password, String confirmation) {
        Account account = accounts.find(username).orElse(null);
        if (account == null || current == null || !encoder.matches(current, account.passwordHash())) {
            throw new InvalidRequestException("password.error.current", "The current password is not this one.");
        }
        if (confirmation != null && !confirmation.equals(password)) {
            throw new InvalidRequestException("password.error.mismatch", "The two new passwords differ.");
        }
        reset(account.username(), password);
    }
}
