package app.eggbasket.dashboard.sharing;

import app.eggbasket.dashboard.account.Account;
import app.eggbasket.dashboard.account.AccountStore;
import app.eggbasket.dashboard.account.Role;
import app.eggbasket.dashboard.web.InvalidRequestException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A seller's grants as her Sharing page and the API show and change them (DESIGN §10). */
public final class Sharing {

    /** A grant as shown to the seller: {@code active} false once its last day has passed. */
    public record GrantStatus(String advisor, java.time.Instant grantedAt, LocalDate until, boolean active) {
    }

    private final GrantStore grants;
    private final Invitations invitations;
    private final AccountStore accounts;

    public Sharing(GrantStore grants, Invitations invitations, AccountStore accounts) {
        this.grants = grants;
        this.invitations = invitations;
        this.accounts = accounts;
    }

    /**
     * Grants read access to the advisor named by her username or her invitation code, until {@code until}
     * inclusive (null: no end). Granting again renews the grant with the new end.
     *
     * @throws InvalidRequestException when no advisor has that name or code, or the end date has passed
     */
    public GrantStatus grant(String seller, String advisorOrCode, LocalDate until) {
        String advisor = advisor(advisorOrCode).orElseThrow(() -> new InvalidRequestException("sharing.error.noAdvisor",
                "No advisor has this username or invitation code."));
        if (until != null && until.isBefore(grants.today())) {
            throw new InvalidRequestException("sharing.error.untilPast", "The last day of access must be today or later.");
        }
        return status(grants.grant(seller, advisor, until));
    }

    /** @return whether the advisor had a grant, now gone */
    public boolean revoke(String seller, String advisor) {
        return grants.revoke(seller, advisor);
    }

    public List<GrantStatus> grantsOf(String seller) {
        return grants.grantsOf(seller).stream().map(this::status).toList();
    }

    private GrantStatus status(Grant g) {
        return new GrantStatus(g.advisor(), g.grantedAt(), g.until(), g.activeOn(grants.today()));
    }

    /** The advisor's own username, as stored, for a username (any case) or an invitation code. */
    private Optional<String> advisor(String advisorOrCode) {
        if (advisorOrCode == null || advisorOrCode.isBlank()) {
            return Optional.empty();
        }
        String text = advisorOrCode.trim();
        Optional<Account> byName = accounts.find(text).filter(a -> a.role() == Role.ADVISOR);
        if (byName.isPresent()) {
            return byName.map(Account::username);
        }
        return invitations.advisorFor(text).flatMap(accounts::find).filter(a -> a.role() == Role.ADVISOR)
                .map(Account::username);
    }
}
