package app.eggbasket.dashboard.account;

import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.dashboard.sharing.GrantStore;
import app.eggbasket.dashboard.web.InvalidRequestException;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.SellerIds;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * A new seller's account from an invitation link (issue 14): she chooses her seller id, which is also her login
 * (or leaves it empty and gets one), and a password under the {@link PasswordPolicy}. The link is then used. What
 * else follows is what the page told her before she chose: an advisor's link grants that advisor read access
 * (revocable on her Sharing page); a cooperative's link invites her to it — she joins and consents, or not,
 * herself.
 */
public final class Signup {

    /** The account made: its seller id (= login) and the link's kind. */
    public record Result(String seller, SignupLinks.Kind kind, String invitedBy, String cooperative) {
    }

    private final SignupLinks links;
    private final AccountStore accounts;
    private final AccountPasswords passwords;
    private final GrantStore grants;
    private final Cooperatives cooperatives;
    private final Lake lake;
    private final SecureRandom random = new SecureRandom();

    public Signup(SignupLinks links, AccountStore accounts, AccountPasswords passwords, GrantStore grants,
                  Cooperatives cooperatives, Lake lake) {
        this.links = links;
        this.accounts = accounts;
        this.passwords = passwords;
        this.grants = grants;
        this.cooperatives = cooperatives;
        this.lake = lake;
    }

    /**
     * @param sellerId     the id she typed, empty or null to get one
     * @param confirmation the password typed again
     * @throws InvalidRequestException  {@code signup.error.gone} when the link is used, expired or unknown,
     *                                  {@code error.sellerId} for a malformed id, {@code signup.error.taken} for one
     *                                  already in use, {@code password.error.mismatch} when the two passwords differ
     * @throws PasswordRefusedException when the policy refuses the password
     */
    public Result accept(String token, String sellerId, String password, String confirmation) {
        synchronized (links) {
            if (links.status(token) != SignupLinks.Status.VALID) {
                throw new InvalidRequestException("signup.error.gone", "This invitation link is used, expired or unknown.");
            }
            String seller = sellerId == null || sellerId.isBlank() ? freeId() : sellerId.strip().toLowerCase(Locale.ROOT);
            try {
                SellerIds.require(seller);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("error.sellerId", "Invalid seller id: use 2-63 lower-case letters, digits or dashes.");
            }
            if (taken(seller)) {
                throw new InvalidRequestException("signup.error.taken", "This seller id is taken: choose another.");
            }
            if (confirmation != null && !confirmation.equals(password)) {
                throw new InvalidRequestException("password.error.mismatch", "The two passwords differ.");
            }
            PasswordPolicy.standard().require(password, seller);
            SignupLinks.SignupLink link = links.use(token, seller).orElseThrow();
            passwords.create(seller, Role.SELLER, seller, null, password);
            switch (link.kind()) {
                case ADVISOR -> grants.grant(seller, link.invitedBy(), null);
                case COOPERATIVE -> cooperatives.members(link.cooperative()).invite(seller, link.invitedBy());
                case OPERATOR -> { }
            }
            return new Result(seller, link.kind(), link.invitedBy(), link.cooperative());
        }
    }

    /** Whether an account has this login or seller id, or the lake has data under it. */
    private boolean taken(String seller) {
        return accounts.all().stream().anyMatch(a -> a.username().equalsIgnoreCase(seller) || seller.equals(a.sellerId()))
                || Files.exists(lake.salesFile(seller)) || Files.exists(lake.rawDir(seller)) || Files.exists(lake.uploadsDir(seller));
    }

    private String freeId() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        String id;
        do {
            StringBuilder b = new StringBuilder("boutique-");
            for (int i = 0; i < 6; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            id = b.toString();
        } while (taken(id));
        return id;
    }
}
