package app.eggbasket.dashboard.account;

import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.cooperative.Membership;
import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.sharing.GrantStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invitation links for new sellers (issue 14): by an advisor (the new seller grants her, and only her, read
 * access), by a cooperative's manager (only to her own cooperative; the seller is invited, never made a member nor
 * consenting), the page a link opens (anonymous, only with a valid token), its refusals, and its single use.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignupWebTests {

    private static final Path DATA = TestData.seededCopy();

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountStore accounts;

    @Autowired
    GrantStore grants;

    @Autowired
    Cooperatives cooperatives;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAdvisorsLinkMakesAnAccountThatGrantsHerAndOnlyHer() throws Exception {
        UserDetails advisor = users.loadUserByUsername("advisor");
        // a name in the request names nothing: the link is always the logged-in advisor's
        MvcResult made = mvc.perform(post("/advisor/signup-links").param("advisor", "advisor2").with(csrf()).with(user(advisor)))
                .andExpect(redirectedUrl("/advisor/clients#signup")).andExpect(flash().attributeExists("signupLink")).andReturn();
        String link = ((SignupLinkView) made.getFlashMap().get("signupLink")).link();
        assertThat(link).startsWith("http://localhost/invitations/");
        String path = link.substring("http://localhost".length());

        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your advisor advisor invites you")))
                .andExpect(content().string(containsString("you let advisor read your figures, read-only")));
        mvc.perform(post(path).with(csrf()).param("seller", "atelier-neuf").param("password", "court")
                        .param("confirmation", "court"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Too short")));
        mvc.perform(post(path).with(csrf()).param("lang", "fr").param("seller", "atelier-neuf")
                        .param("password", "passwordpassword").param("confirmation", "passwordpassword"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("divulgués")));
        mvc.perform(post(path).with(csrf()).param("seller", "atelier-neuf").param("password", "atelier-neuf")
                        .param("confirmation", "atelier-neuf"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Too short")));
        mvc.perform(post(path).with(csrf()).param("seller", "Alice").param("password", "my own long password")
                        .param("confirmation", "my own long password"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("This seller id is taken")));
        mvc.perform(post(path).with(csrf()).param("seller", "../etc").param("password", "my own long password")
                        .param("confirmation", "my own long password"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Invalid seller id")));
        assertThat(accounts.find("atelier-neuf")).as("nothing made by a refusal").isEmpty();

        mvc.perform(post(path).with(csrf()).param("seller", "atelier-neuf").param("password", "my own long password")
                        .param("confirmation", "my own long password"))
                .andExpect(redirectedUrl("/login?welcome")).andExpect(flash().attribute("welcome", "atelier-neuf"));
        Account made1 = accounts.find("atelier-neuf").orElseThrow();
        assertThat(made1.role()).isEqualTo(Role.SELLER);
        assertThat(made1.sellerId()).isEqualTo("atelier-neuf");
        assertThat(grants.allows("advisor", "atelier-neuf")).isTrue();
        assertThat(grants.grantsOf("atelier-neuf")).singleElement().satisfies(g -> assertThat(g.advisor()).isEqualTo("advisor"));
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                        .user("atelier-neuf").password("my own long password"))
                .andExpect(org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers
                        .authenticated().withUsername("atelier-neuf"));
        mvc.perform(get("/sellers/atelier-neuf").with(user(users.loadUserByUsername("atelier-neuf")))).andExpect(status().isOk());
        mvc.perform(get("/sellers/atelier-neuf").with(user(users.loadUserByUsername("advisor2")))).andExpect(status().isForbidden());

        // used: a page saying so, in either language, and no second account
        mvc.perform(get(path)).andExpect(status().isGone()).andExpect(content().string(containsString("It has been used already")));
        mvc.perform(get(path).param("lang", "fr")).andExpect(status().isGone()).andExpect(content().string(containsString("Il a déjà servi")));
        mvc.perform(post(path).with(csrf()).param("seller", "atelier-deux").param("password", "my own long password")
                .param("confirmation", "my own long password")).andExpect(status().isGone());
        assertThat(accounts.find("atelier-deux")).isEmpty();
    }

    @Test
    void aManagersLinkInvitesToHerOwnCooperativeOnlyAndNeverConsents() throws Exception {
        UserDetails manager2 = users.loadUserByUsername("manager2");
        mvc.perform(post("/coops/alpes/signup-links").with(csrf()).with(user(manager2))).andExpect(status().isForbidden());
        mvc.perform(post("/api/coops/alpes/signup-links").with(httpBasic("manager2", TestData.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post("/api/advisors/me/signup-links").with(httpBasic("manager", TestData.PASSWORD))).andExpect(status().isForbidden());

        String body = mvc.perform(post("/api/coops/alpes/signup-links").with(httpBasic("manager", TestData.PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var created = json.readTree(body);
        assertThat(created.get("kind").asText()).isEqualTo("COOPERATIVE");
        assertThat(created.get("cooperative").asText()).isEqualTo("alpes");
        String path = created.get("link").asText().substring("http://localhost".length());
        mvc.perform(get(path).param("lang", "fr")).andExpect(status().isOk())
                .andExpect(content().string(containsString("La coopérative Coopérative des Alpes vous invite")))
                .andExpect(content().string(containsString("vous décidez vous-même d’y adhérer")));
        // she leaves the id empty and is given one
        MvcResult done = mvc.perform(post(path).with(csrf()).param("seller", "").param("password", "pommes poires et prunes")
                        .param("confirmation", "pommes poires et prunes"))
                .andExpect(redirectedUrl("/login?welcome")).andReturn();
        String seller = (String) done.getFlashMap().get("welcome");
        assertThat(seller).matches("boutique-[a-z0-9]{6}");
        Membership membership = cooperatives.members("alpes").all().stream().filter(m -> m.seller().equals(seller))
                .findFirst().orElseThrow();
        assertThat(membership.status()).isEqualTo(Membership.Status.INVITED);
        assertThat(membership.member()).isFalse();
        assertThat(cooperatives.members("alpes").consents().since(seller)).as("never consent on her behalf").isEmpty();
        assertThat(grants.grantsOf(seller)).as("no advisor is granted").isEmpty();
        assertThat(cooperatives.members("bretagne").all()).noneMatch(m -> m.seller().equals(seller));
    }

    @Test
    void anonymousGetsThePageOnlyWithAValidTokenAndOnlyAdvisorsAndManagersMakeLinks() throws Exception {
        mvc.perform(get("/invitations/" + "A".repeat(43))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link is not valid")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("signup-form"))));
        mvc.perform(get("/invitations/short")).andExpect(status().isNotFound());
        mvc.perform(post("/invitations/" + "A".repeat(43)).with(csrf()).param("seller", "x-y-z")
                .param("password", "my own long password").param("confirmation", "my own long password"))
                .andExpect(status().isNotFound());
        assertThat(accounts.find("x-y-z")).isEmpty();
        mvc.perform(post("/advisor/signup-links").with(csrf()).with(user(users.loadUserByUsername("alice"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/advisor/signup-links").with(csrf())).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(post("/coops/alpes/signup-links").with(csrf()).with(user(users.loadUserByUsername("advisor"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/advisors/me/signup-links")).andExpect(status().isUnauthorized());
    }
}
