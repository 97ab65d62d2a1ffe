package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.cooperative.Members;
import app.eggbasket.analytics.cooperative.Membership;
import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.dashboard.account.AccountStore;
import app.eggbasket.dashboard.account.Role;
import app.eggbasket.dashboard.freshness.DataFreshness;
import app.eggbasket.dashboard.sharing.ReadEntry;
import app.eggbasket.dashboard.sharing.ReadLog;
import app.eggbasket.dashboard.web.InvalidRequestException;
import app.eggbasket.ingestion.lake.SellerIds;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a cooperative's manager sees of its members (DESIGN §10): who is a member or invited, whether each
 * consents and since when, how fresh her data is — and never one member's figures: nothing here reads a sale.
 */
@Service
public class CooperativeMembers {

    /**
     * One seller of the list. Only a member's consent and data freshness are given: an invited seller, one who
     * declined or left, is a name and a status.
     *
     * @param status          INVITED, MEMBER, DECLINED or LEFT
     * @param daysSinceUpload days from her latest upload to today, null when unknown
     * @param stale           her latest upload is older than {@link DataFreshness#STALE_AFTER_DAYS} days (members only)
     */
    public record MemberRow(String seller, String status, LocalDate invitedOn, LocalDate memberSince, boolean consents,
                            LocalDate consentSince, LocalDate lastUpload, Long daysSinceUpload, boolean stale) {
    }

    /** A cooperative's list, with its counts and its current invitation code. */
    public record MemberList(Cooperative cooperative, List<MemberRow> rows, long members, long consenting, long invited,
                             String invitationCode) {
    }

    private final Cooperatives cooperatives;
    private final AccountStore accounts;
    private final DataFreshness freshness;
    private final Clock clock;

    private final ReadLog reads;

    CooperativeMembers(Cooperatives cooperatives, AccountStore accounts, DataFreshness freshness, Clock clock, ReadLog reads) {
        this.cooperatives = cooperatives;
        this.accounts = accounts;
        this.freshness = freshness;
        this.reads = reads;
        this.clock = clock;
    }

    /** @throws ResponseStatusException 404 when the cooperative does not exist (any more) */
    public Cooperative cooperative(String id) {
        return cooperatives.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such cooperative"));
    }

    /**
     * The list as a manager reads it: the day of each member's latest upload is hers, so each listing is a read,
     * recorded in each member's read log (DESIGN §10: every read of her data by someone else).
     */
    public MemberList list(String id, String reader, String route) {
        MemberList list = list(id);
        Instant now = clock.instant();
        list.rows().stream().filter(r -> Membership.Status.MEMBER.name().equals(r.status()))
                .forEach(r -> reads.record(r.seller(), new ReadEntry(now, reader, route)));
        return list;
    }

    public MemberList list(String id) {
        Cooperative coop = cooperative(id);
        Members members = cooperatives.members(coop.id());
        ConsentStore consents = members.consents();
        LocalDate today = LocalDate.now(clock.withZone(DataFreshness.ZONE));
        List<MemberRow> rows = new ArrayList<>();
        long memberCount = 0;
        long consenting = 0;
        long invited = 0;
        for (Membership m : members.all()) {
            if (m.member()) {
                memberCount++;
                LocalDate consentSince = consents.since(m.seller()).map(CooperativeMembers::day).orElse(null);
                if (consentSince != null) {
                    consenting++;
                }
                DataFreshness.Freshness fresh = freshness.of(m.seller(), today);
                rows.add(new MemberRow(m.seller(), m.status().name(), day(m.invitedAt()), day(m.memberSince()),
                        consentSince != null, consentSince, fresh.lastUpload(), fresh.days(), fresh.stale()));
            } else {
                if (m.pending()) {
                    invited++;
                }
                rows.add(new MemberRow(m.seller(), m.status().name(), day(m.invitedAt()), null, false, null, null, null, false));
            }
        }
        return new MemberList(coop, rows, memberCount, consenting, invited, cooperatives.invitationCode(coop.id()));
    }

    /**
     * The manager invites a seller by her id: she sees the invitation on her page and accepts or declines.
     *
     * @throws InvalidRequestException when the id is malformed, no seller has it, or she is a member already
     */
    public Membership invite(String id, String seller, String manager) {
        Cooperative coop = cooperative(id);
        String normal = seller == null ? "" : seller.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            SellerIds.require(normal);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("members.error.noSeller", "No seller has this id.");
        }
        boolean exists = accounts.all().stream().anyMatch(a -> a.role() == Role.SELLER && normal.equals(a.sellerId()));
        if (!exists) {
            throw new InvalidRequestException("members.error.noSeller", "No seller has this id.");
        }
        Members members = cooperatives.members(coop.id());
        if (members.isMember(normal)) {
            throw new InvalidRequestException("members.error.alreadyMember", "This seller is a member already.");
        }
        return members.invite(normal, manager);
    }

    public String renewInvitationCode(String id) {
        return cooperatives.renewInvitationCode(cooperative(id).id());
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, DataFreshness.ZONE);
    }
}
