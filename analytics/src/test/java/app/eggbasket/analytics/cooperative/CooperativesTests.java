package app.eggbasket.analytics.cooperative;

import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cooperatives, their members, invitations and the consent to each one apart. */
class CooperativesTests {

    @TempDir
    Path data;

    private Cooperatives store() {
        return new Cooperatives(new Lake(data));
    }

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aCooperativeIsStoredDurablyOwnerOnlyWithItsRules() throws IOException {
        store().create(new Cooperative("alpes", "Coopérative des Alpes", 5, new BigDecimal("0.7"), T));
        store().create(Cooperative.withDefaultRules("bretagne", "Bretagne", T));

        Path file = data.resolve("cooperatives/alpes/cooperative.json");
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(store().all()).extracting(Cooperative::id).containsExactly("alpes", "bretagne");
        Cooperative alpes = store().require("alpes");
        assertThat(alpes.name()).isEqualTo("Coopérative des Alpes");
        assertThat(alpes.rules().minSellers()).isEqualTo(5);
        assertThat(alpes.rules().dominance()).isEqualByComparingTo("0.7");
        assertThat(store().require("bretagne").rules().minSellers()).isEqualTo(3);
        assertThat(store().require("bretagne").rules().dominance()).isEqualByComparingTo("0.85");
        assertThatThrownBy(() -> store().create(Cooperative.withDefaultRules("alpes", "Again", T)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Cooperative.withDefaultRules("Bad Id", "x", T)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cooperative("ok", "x", 0, BigDecimal.ONE, T)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store().find("nope")).isEmpty();
        assertThat(store().find("../etc")).isEmpty();
    }

    @Test
    void invitedAcceptedConsentedThenLeftAndTheConsentGoesWithHer() {
        Cooperatives coops = store();
        coops.create(Cooperative.withDefaultRules("alpes", "Alpes", T));
        Members members = coops.members("alpes");
        ConsentStore consents = members.consents();

        assertThatThrownBy(() -> consents.give("alice")).as("not a member").isInstanceOf(IllegalStateException.class);
        Membership invited = members.invite("alice", "manager");
        assertThat(invited.pending()).isTrue();
        assertThat(members.invite("alice", "other").invitedBy()).as("a pending invitation keeps its first date").isEqualTo("manager");
        assertThat(coops.of("alice")).singleElement().extracting(s -> s.membership().status()).isEqualTo(Membership.Status.INVITED);

        Membership member = members.accept("alice");
        assertThat(member.member()).isTrue();
        assertThat(member.memberSince()).isNotNull();
        assertThat(member.invitedAt()).isEqualTo(invited.invitedAt());
        assertThatThrownBy(() -> members.invite("alice", "manager")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> members.accept("alice")).isInstanceOf(IllegalStateException.class);

        consents.give("alice");
        assertThat(consents.consenting()).containsExactly("alice");
        assertThat(new ConsentStore(new Lake(data)).consenting()).as("the default cooperative's are apart").isEmpty();

        assertThat(members.leave("alice")).isTrue();
        assertThat(consents.consents("alice")).isFalse();
        assertThat(members.find("alice").orElseThrow().status()).isEqualTo(Membership.Status.LEFT);
        assertThat(members.current()).isEmpty();
        assertThat(members.leave("alice")).isFalse();

        members.invite("alice", "manager");
        assertThat(members.decline("alice").status()).isEqualTo(Membership.Status.DECLINED);
        assertThatThrownBy(() -> members.decline("alice")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSellerConsentsToEachCooperativeApart() {
        Cooperatives coops = store();
        coops.create(Cooperative.withDefaultRules("alpes", "Alpes", T));
        coops.create(Cooperative.withDefaultRules("bretagne", "Bretagne", T));
        coops.members("alpes").join("alice", null);
        coops.members("bretagne").join("alice", null);
        coops.members("alpes").consents().give("alice");

        assertThat(coops.members("alpes").consents().consents("alice")).isTrue();
        assertThat(coops.members("bretagne").consents().consents("alice")).isFalse();
        assertThat(coops.of("alice")).extracting(s -> s.cooperative().id()).containsExactly("alpes", "bretagne");
    }

    @Test
    void consentingToTheDefaultCooperativeJoinsItAsBefore() {
        ConsentStore consents = new ConsentStore(new Lake(data));
        consents.give("ana");

        assertThat(store().find(Cooperative.DEFAULT_ID)).get().extracting(Cooperative::name).isEqualTo("Eggbasket cooperative");
        assertThat(store().members(Cooperative.DEFAULT_ID).isMember("ana")).isTrue();
        assertThat(consents.consenting()).containsExactly("ana");
    }

    @Test
    void anInvitationCodeNamesItsCooperativeUntilRenewed() {
        Cooperatives coops = store();
        coops.create(Cooperative.withDefaultRules("alpes", "Alpes", T));
        coops.create(Cooperative.withDefaultRules("bretagne", "Bretagne", T));
        String code = coops.invitationCode("alpes");
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(coops.invitationCode("alpes")).isEqualTo(code);
        assertThat(coops.byInvitationCode(code.toLowerCase().replace("-", " "))).get().extracting(Cooperative::id).isEqualTo("alpes");
        assertThat(coops.byInvitationCode("nothing")).isEmpty();

        String renewed = coops.renewInvitationCode("alpes");
        assertThat(coops.byInvitationCode(code)).isEmpty();
        assertThat(coops.byInvitationCode(renewed)).get().extracting(Cooperative::id).isEqualTo("alpes");
    }
}
