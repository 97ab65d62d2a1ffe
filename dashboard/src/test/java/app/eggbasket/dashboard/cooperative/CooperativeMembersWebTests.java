package app.eggbasket.dashboard.cooperative;

import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.cooperative.Membership;
import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.security.Roles;
import app.eggbasket.dashboard.security.SellerUser;
import app.eggbasket.ingestion.lake.Lake;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cooperative's members page and API for its own managers (DESIGN §10): members, consent, freshness,
 * invitations, never a member's figures; and the seller's side: invitations accepted or declined, consent per
 * cooperative, leaving and withdrawing with a confirmation. Over a private copy of {@link TestData}: in
 * {@link TestData#ALPES} alice consents, dora does not, erin is invited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CooperativeMembersWebTests {

    private static final Path DATA = TestData.seededCopy();
    private static final String ALPES = TestData.ALPES;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    @Autowired
    MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();

    private static RequestPostProcessor manager() {
        return user(new SellerUser("manager", "unused", Roles.COOPERATIVE_MANAGER, null, ALPES));
    }

    private static RequestPostProcessor otherManager() {
        return user(new SellerUser("manager2", "unused", Roles.COOPERATIVE_MANAGER, null, TestData.BRETAGNE));
    }

    private static RequestPostProcessor seller(String id) {
        return user(new SellerUser(id, "unused", Roles.SELLER, id));
    }

    private static RequestPostProcessor advisor() {
        return user(new SellerUser("advisor", "unused", Roles.ADVISOR, null));
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode members() throws Exception {
        return json.readTree(body(get("/api/coops/" + ALPES + "/members").with(manager())));
    }

    private static JsonNode row(JsonNode members, String seller) {
        for (JsonNode r : members.get("sellers")) {
            if (r.get("seller").asText().equals(seller)) {
                return r;
            }
        }
        return null;
    }

    @Test
    void theManagersHomeIsHerMembersPage() throws Exception {
        mvc.perform(get("/").with(manager())).andExpect(redirectedUrl("/coops/alpes/members"));
        mvc.perform(get("/").with(user(new SellerUser("old", "unused", Roles.COOPERATIVE_MANAGER, null))))
                .andExpect(redirectedUrl("/market"));
    }

    @Test
    void aManagersLoginCarriesHerCooperative() throws Exception {
        mvc.perform(get("/api/coops/alpes/members").with(httpBasic("manager", TestData.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/coops/alpes/members").with(httpBasic("manager2", TestData.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/coops/bretagne/members").with(httpBasic("manager2", TestData.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void membersPageInEnglishAndFrench() throws Exception {
        String en = body(get("/coops/alpes/members?lang=en").with(manager()));
        assertThat(en).contains("Members of Coopérative des Alpes").contains("data-seller=\"alice\"")
                .contains("data-seller=\"dora\"").contains("data-seller=\"erin\"").contains("Invite a seller")
                .contains("2 member(s), 1 contributing, 1 invitation(s) waiting for an answer.")
                .contains("at least 3 sellers").contains("yes, since").contains("(0 days ago)").contains("invited")
                .contains("id=\"invitation-code\"").contains("href=\"/coops/alpes/members\"");
        String fr = body(get("/coops/alpes/members?lang=fr").with(manager()));
        assertThat(fr).contains("Membres de Coopérative des Alpes").contains("Inviter un vendeur").contains("Dernier envoi")
                .contains("2 membre(s), 1 contribuant, 1 invitation(s) en attente de réponse.").contains("oui, depuis le")
                .contains("(il y a 0 jours)").contains("invité");
    }

    @Test
    void theApiListsConsentSinceAndFreshnessForMembersOnly() throws Exception {
        app.eggbasket.dashboard.sharing.ReadLog reads = new app.eggbasket.dashboard.sharing.ReadLog(DATA);
        int aliceBefore = reads.all("alice").size();
        int erinBefore = reads.all("erin").size();
        JsonNode members = members();
        // the day of a member's latest upload is hers: the listing is a read in her log; an invited seller's is not
        assertThat(reads.all("alice")).hasSize(aliceBefore + 1);
        assertThat(reads.all("alice").get(aliceBefore).route()).isEqualTo("GET /api/coops/" + ALPES + "/members");
        assertThat(reads.all("erin")).hasSize(erinBefore);
        assertThat(members.get("cooperative").asText()).isEqualTo(ALPES);
        assertThat(members.get("minSellers").asInt()).isEqualTo(3);
        assertThat(members.get("invitationCode").asText()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        JsonNode alice = row(members, "alice");
        assertThat(alice.get("status").asText()).isEqualTo("MEMBER");
        assertThat(alice.get("memberSince").asText()).isEqualTo("2026-01-10");
        assertThat(alice.get("consents").asBoolean()).isTrue();
        assertThat(alice.get("lastUpload").isNull()).isFalse();
        assertThat(alice.get("daysSinceUpload").asLong()).isZero();
        assertThat(row(members, "dora").get("consents").asBoolean()).isFalse();
        JsonNode erin = row(members, "erin");
        assertThat(erin.get("status").asText()).isEqualTo("INVITED");
        assertThat(erin.get("lastUpload").isNull()).as("nothing of an invited seller's data").isTrue();
    }

    @Test
    void onlyTheCooperativesOwnManagers() throws Exception {
        for (RequestPostProcessor who : List.of(otherManager(), seller("alice"), advisor())) {
            mvc.perform(get("/coops/alpes/members").with(who)).andExpect(status().isForbidden());
            mvc.perform(get("/api/coops/alpes/members").with(who)).andExpect(status().isForbidden());
            mvc.perform(post("/api/coops/alpes/invitations").with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"seller\":\"ida\"}")).andExpect(status().isForbidden());
            mvc.perform(post("/coops/alpes/invitations").param("seller", "ida").with(who).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/coops/alpes/members")).andExpect(status().isUnauthorized());
        mvc.perform(get("/coops/alpes/members")).andExpect(status().is3xxRedirection());
        assertThat(new Cooperatives(new Lake(DATA)).members(ALPES).find("ida")).isEmpty();
        // her own cooperative's name in another's address opens nothing either
        mvc.perform(get("/coops/bretagne/members").with(manager())).andExpect(status().isForbidden());
    }

    /**
     * Every figure of the members' own reports with a fractional part (revenues in cents, shares): none appears in
     * anything a manager gets, as written in the JSON, with a decimal comma, or with trailing zeros dropped.
     */
    @Test
    void noResponseToAManagerHoldsAMembersFigures() throws Exception {
        Set<String> figures = new TreeSet<>();
        for (String member : List.of("alice", "dora")) {
            JsonNode report = json.readTree(body(get("/api/sellers/" + member + "/report").with(seller(member))));
            collect(report, figures);
        }
        assertThat(figures).as("the members' figures to look for").contains("279.51");
        List<String> answers = new ArrayList<>();
        answers.add(body(get("/coops/alpes/members?lang=en").with(manager())));
        answers.add(body(get("/coops/alpes/members?lang=fr").with(manager())));
        answers.add(body(get("/api/coops/alpes/members").with(manager())));
        answers.add(mvc.perform(post("/api/coops/alpes/invitations").with(manager()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"seller\":\"gus\"}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        for (String answer : answers) {
            for (String figure : figures) {
                assertThat(answer).as("a member's figure %s", figure).doesNotContain(figure);
            }
        }
    }

    private static void collect(JsonNode node, Set<String> figures) {
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue().abs();
            if (value.stripTrailingZeros().scale() > 0 && value.compareTo(new BigDecimal("0.01")) >= 0) {
                String plain = value.toPlainString();
                figures.add(plain);
                figures.add(plain.replace('.', ','));
                figures.add(value.stripTrailingZeros().toPlainString());
                figures.add(value.stripTrailingZeros().toPlainString().replace('.', ','));
            }
        }
        node.forEach(child -> collect(child, figures));
    }

    @Test
    void invitedAcceptsConsentsWithdrawsAfterConfirmingThenLeaves() throws Exception {
        mvc.perform(post("/coops/alpes/invitations").param("seller", "bob").with(manager()).with(csrf()))
                .andExpect(redirectedUrl("/coops/alpes/members")).andExpect(flash().attribute("invited", "bob"));
        assertThat(row(members(), "bob").get("status").asText()).isEqualTo("INVITED");

        String invited = body(get("/sellers/bob/market?lang=en").with(seller("bob")));
        assertThat(invited).contains("Invitations").contains("Coopérative des Alpes invites you to become a member");
        assertThat(body(get("/sellers/bob/market?lang=fr").with(seller("bob"))))
                .contains("Coopérative des Alpes vous invite à devenir membre");

        mvc.perform(post("/sellers/bob/cooperatives/alpes/accept").with(seller("bob")).with(csrf()))
                .andExpect(redirectedUrl("/sellers/bob/market"));
        JsonNode bob = row(members(), "bob");
        assertThat(bob.get("status").asText()).isEqualTo("MEMBER");
        assertThat(bob.get("consents").asBoolean()).as("joining is not consenting").isFalse();
        assertThat(bob.get("lastUpload").isNull()).as("bob never uploaded").isTrue();
        assertThat(body(get("/coops/alpes/members?lang=en").with(manager()))).contains("never");

        mvc.perform(post("/sellers/bob/cooperatives/alpes/consent").param("consent", "on").with(seller("bob")).with(csrf()))
                .andExpect(redirectedUrl("/sellers/bob/market"));
        assertThat(row(members(), "bob").get("consents").asBoolean()).isTrue();
        assertThat(body(get("/sellers/bob/market?lang=en").with(seller("bob")))).contains("My cooperatives")
                .contains("You contribute since");
        assertThat(new Cooperatives(new Lake(DATA)).members("default").consents().consents("bob"))
                .as("the consent is to this cooperative only").isFalse();

        // withdrawing asks first, and says what happens to the editions
        mvc.perform(post("/sellers/bob/cooperatives/alpes/consent").param("consent", "off").with(seller("bob")).with(csrf()))
                .andExpect(redirectedUrl("/sellers/bob/market?confirm=withdraw&coop=alpes#confirm"));
        assertThat(row(members(), "bob").get("consents").asBoolean()).isTrue();
        String confirmEn = body(get("/sellers/bob/market?confirm=withdraw&coop=alpes&lang=en").with(seller("bob")));
        assertThat(confirmEn).contains("Withdraw your consent to Coopérative des Alpes?")
                .contains("Editions already published stay as they are").contains("You are out of every later edition.");
        String confirmFr = body(get("/sellers/bob/market?confirm=withdraw&coop=alpes&lang=fr").with(seller("bob")));
        assertThat(confirmFr).contains("Retirer votre accord à Coopérative des Alpes ?")
                .contains("Les éditions déjà publiées restent telles quelles")
                .contains("Vous ne figurerez dans aucune des éditions suivantes.");
        mvc.perform(post("/sellers/bob/cooperatives/alpes/consent").param("consent", "off").param("confirmed", "yes")
                .with(seller("bob")).with(csrf())).andExpect(redirectedUrl("/sellers/bob/market"))
                .andExpect(flash().attribute("coopSaved", "coops.saved.withdrawn"));
        assertThat(row(members(), "bob").get("consents").asBoolean()).isFalse();

        // leaving too
        mvc.perform(post("/sellers/bob/cooperatives/alpes/consent").param("consent", "on").with(seller("bob")).with(csrf()));
        mvc.perform(post("/sellers/bob/cooperatives/alpes/leave").with(seller("bob")).with(csrf()))
                .andExpect(redirectedUrl("/sellers/bob/market?confirm=leave&coop=alpes#confirm"));
        assertThat(row(members(), "bob").get("status").asText()).isEqualTo("MEMBER");
        assertThat(body(get("/sellers/bob/market?confirm=leave&coop=alpes&lang=en").with(seller("bob"))))
                .contains("Leave Coopérative des Alpes?").contains("Editions already published stay as they are");
        assertThat(body(get("/sellers/bob/market?confirm=leave&coop=alpes&lang=fr").with(seller("bob"))))
                .contains("Quitter Coopérative des Alpes ?").contains("Les éditions déjà publiées restent telles quelles");
        mvc.perform(post("/sellers/bob/cooperatives/alpes/leave").param("confirmed", "yes").with(seller("bob")).with(csrf()))
                .andExpect(redirectedUrl("/sellers/bob/market")).andExpect(flash().attribute("coopSaved", "coops.saved.left"));
        bob = row(members(), "bob");
        assertThat(bob.get("status").asText()).isEqualTo("LEFT");
        assertThat(bob.get("consents").asBoolean()).isFalse();
        assertThat(new Cooperatives(new Lake(DATA)).members(ALPES).consents().consents("bob")).isFalse();
        assertThat(body(get("/sellers/bob/market?lang=en").with(seller("bob")))).doesNotContain("data-coop=\"alpes\"");
    }

    @Test
    void consentPostedAsAScriptWouldIsTakenAndAnythingElseIsAnswered() throws Exception {
        Cooperatives coops = new Cooperatives(new Lake(DATA));
        mvc.perform(post("/sellers/gus/market/consent").param("consent", "true").with(seller("gus")).with(csrf()))
                .andExpect(redirectedUrl("/sellers/gus/market")).andExpect(flash().attribute("consentSaved", "on"));
        assertThat(coops.members("default").consents().consents("gus")).as("'true' is a consent").isTrue();

        mvc.perform(post("/sellers/gus/market/consent").param("consent", "maybe").with(seller("gus")).with(csrf()))
                .andExpect(redirectedUrl("/sellers/gus/market")).andExpect(flash().attribute("coopError", "coops.error.choice"));
        assertThat(coops.members("default").consents().consents("gus")).as("'maybe' changes nothing").isTrue();
        assertThat(body(get("/sellers/gus/market?lang=en").with(seller("gus")).flashAttr("coopError", "coops.error.choice")))
                .contains("Nothing changed: the consent sent was neither “on” nor “off”.");

        mvc.perform(post("/sellers/gus/market/consent").param("consent", "FALSE").with(seller("gus")).with(csrf()))
                .andExpect(flash().attribute("consentSaved", "off"));
        assertThat(coops.members("default").consents().consents("gus")).isFalse();
        mvc.perform(post("/sellers/gus/cooperatives/default/consent").param("consent", "yes").with(seller("gus")).with(csrf()))
                .andExpect(flash().attribute("coopSaved", "coops.saved.consented"));
        assertThat(coops.members("default").consents().consents("gus")).isTrue();
    }

    @Test
    void aSellerDeclinesAndTheManagerSeesIt() throws Exception {
        mvc.perform(post("/api/coops/alpes/invitations").with(manager()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"seller\":\"carol\"}")).andExpect(status().isCreated());
        mvc.perform(post("/sellers/carol/cooperatives/alpes/decline").with(seller("carol")).with(csrf()))
                .andExpect(redirectedUrl("/sellers/carol/market"));
        assertThat(row(members(), "carol").get("status").asText()).isEqualTo("DECLINED");
        // a declined invitation cannot be accepted afterwards
        mvc.perform(post("/sellers/carol/cooperatives/alpes/accept").with(seller("carol")).with(csrf()));
        assertThat(row(members(), "carol").get("status").asText()).isEqualTo("DECLINED");
        mvc.perform(post("/sellers/carol/cooperatives/alpes/consent").param("consent", "on").with(seller("carol")).with(csrf()));
        assertThat(new Cooperatives(new Lake(DATA)).members(ALPES).consents().consents("carol")).as("not a member").isFalse();
    }

    @Test
    void anInvitationNamesAnExistingSellerWhoIsNotAMemberYet() throws Exception {
        mvc.perform(post("/api/coops/alpes/invitations").with(manager()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"seller\":\"nobody-here\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/coops/alpes/invitations").with(manager()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"seller\":\"alice\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/coops/alpes/invitations").param("seller", "../x").with(manager()).with(csrf()))
                .andExpect(flash().attribute("inviteError", "members.error.noSeller"));
        assertThat(row(members(), "nobody-here")).isNull();
    }

    @Test
    void aSellerJoinsWithTheCooperativesCode() throws Exception {
        String code = members().get("invitationCode").asText();
        mvc.perform(post("/sellers/ines/cooperatives/join").param("code", "wrong-code").with(seller("ines")).with(csrf()))
                .andExpect(flash().attribute("coopError", "coops.error.code"));
        mvc.perform(post("/sellers/ines/cooperatives/join").param("code", code.toLowerCase().replace("-", ""))
                .with(seller("ines")).with(csrf())).andExpect(flash().attribute("coopSaved", "coops.saved.joined"));
        assertThat(new Cooperatives(new Lake(DATA)).members(ALPES).find("ines")).get().extracting(Membership::status)
                .isEqualTo(Membership.Status.MEMBER);
        assertThat(body(get("/sellers/ines/market?lang=en").with(seller("ines")))).contains("data-coop=\"alpes\"")
                .contains("Coopérative des Alpes");

        // a new code: the old one opens nothing
        mvc.perform(post("/coops/alpes/invitation-code").with(manager()).with(csrf())).andExpect(redirectedUrl("/coops/alpes/members"));
        assertThat(members().get("invitationCode").asText()).isNotEqualTo(code);
        mvc.perform(post("/sellers/fay/cooperatives/join").param("code", code).with(seller("fay")).with(csrf()))
                .andExpect(flash().attribute("coopError", "coops.error.code"));
    }
}
