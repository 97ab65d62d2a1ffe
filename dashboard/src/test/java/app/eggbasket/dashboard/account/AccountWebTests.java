package app.eggbasket.dashboard.account;

import app.eggbasket.dashboard.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An account's own password, by the page and the API, under the policy; only her own. And the {@code ADMIN} role
 * of an old {@code accounts.json}: it reads as an advisor, with no client, so it reads and uploads into no seller.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountWebTests {

    private static final Path DATA = withOldOperator(TestData.seededCopy());

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    UserDetailsService users;

    /** An {@code ADMIN} login as the installations before advisors wrote it, with {@link TestData#PASSWORD}. */
    private static Path withOldOperator(Path data) {
        try {
            Path file = data.resolve("accounts.json");
            String json = Files.readString(file).strip();
            String hash = new PasswordHasher().encode(TestData.PASSWORD);
            Files.writeString(file, json.substring(0, json.lastIndexOf(']')) + ", {\"username\": \"operator\", "
                    + "\"passwordHash\": \"" + hash + "\", \"role\": \"ADMIN\", \"sellerId\": null}]");
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anAdminOfAnOldInstallationHasOnlyAnAdvisorsRights() throws Exception {
        assertThat(accounts.find("operator").orElseThrow().role()).isEqualTo(Role.ADVISOR);
        var operator = users.loadUserByUsername("operator");
        assertThat(operator.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADVISOR");
        mvc.perform(get("/sellers/alice").with(user(operator))).andExpect(status().isForbidden());
        mvc.perform(get("/sellers/alice/uploads").with(user(operator))).andExpect(status().isForbidden());
        mvc.perform(multipart("/sellers/alice/uploads").file(csv("files")).with(csrf()).with(user(operator)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/sellers/alice/report").with(httpBasic("operator", TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/sellers/alice/uploads").file(csv("file")).with(httpBasic("operator", TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/advisor/clients").with(user(operator))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"no-clients\"")));
    }

    @Test
    void aSellerChangesHerPasswordGivingHerCurrentOne() throws Exception {
        var ida = users.loadUserByUsername("ida");
        mvc.perform(get("/account/password").with(user(ida))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"password-form\"")));
        mvc.perform(changeForm(ida, "not-her-password", "a brand new long password", "a brand new long password"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Your current password is not this one.")));
        mvc.perform(changeForm(ida, TestData.PASSWORD, "short", "short")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Too short: a password needs at least 15 characters")));
        mvc.perform(changeForm(ida, TestData.PASSWORD, "passwordpassword", "passwordpassword").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("divulgués par d’autres sites")));
        mvc.perform(changeForm(ida, TestData.PASSWORD, "a brand new long password", "another one")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The two new passwords differ")));
        assertThat(matches("ida", TestData.PASSWORD)).as("nothing changed yet").isTrue();

        mvc.perform(changeForm(ida, TestData.PASSWORD, "a brand new long password", "a brand new long password"))
                .andExpect(redirectedUrl("/account/password"));
        assertThat(matches("ida", "a brand new long password")).isTrue();
        assertThat(accounts.find("ida").orElseThrow().sellerId()).isEqualTo("ida");

        // the API: HTTP Basic with the new password, the current one in the body too
        mvc.perform(put("/api/account/password").with(httpBasic("ida", "a brand new long password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"a brand new long password\", \"newPassword\": \"ida\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("at least 15 characters")));
        mvc.perform(put("/api/account/password").with(httpBasic("ida", "a brand new long password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"a brand new long password\", \"newPassword\": \"" + TestData.PASSWORD + "\"}"))
                .andExpect(status().isNoContent());
        assertThat(matches("ida", TestData.PASSWORD)).isTrue();
        mvc.perform(get("/api/sellers/ida/report").with(httpBasic("ida", "a brand new long password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void sheChangesHerOwnPasswordNeverAnothersAndAnonymousIsSentToLogIn() throws Exception {
        var bob = users.loadUserByUsername("bob");
        String before = accounts.find("fay").orElseThrow().passwordHash();
        // a username in the request names nothing: the account changed is the one logged in
        mvc.perform(changeForm(bob, TestData.PASSWORD, "fay takes over this account", "fay takes over this account")
                        .param("username", "fay"))
                .andExpect(redirectedUrl("/account/password"));
        assertThat(accounts.find("fay").orElseThrow().passwordHash()).isEqualTo(before);
        assertThat(matches("bob", "fay takes over this account")).isTrue();
        mvc.perform(put("/api/account/password").with(httpBasic("fay", "fay takes over this account"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"fay takes over this account\", \"newPassword\": \"x y z long enough pw\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(accounts.find("fay").orElseThrow().passwordHash()).isEqualTo(before);

        mvc.perform(post("/account/password").with(csrf()).param("current", TestData.PASSWORD)
                        .param("password", "anybody at all long").param("confirmation", "anybody at all long"))
                .andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(put("/api/account/password").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"x\", \"newPassword\": \"anybody at all long\"}"))
                .andExpect(status().isUnauthorized());
        // the page without its CSRF token changes nothing
        mvc.perform(post("/account/password").with(user(bob)).param("current", TestData.PASSWORD)
                .param("password", "no token no change").param("confirmation", "no token no change"))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder changeForm(
            org.springframework.security.core.userdetails.UserDetails who, String current, String password, String again) {
        return post("/account/password").with(csrf()).with(user(who)).param("current", current)
                .param("password", password).param("confirmation", again);
    }

    private boolean matches(String username, String password) {
        return new PasswordHasher().matches(password, accounts.find(username).orElseThrow().passwordHash());
    }

    private static MockMultipartFile csv(String field) {
        return new MockMultipartFile(field, "sales.csv", "text/csv", TestData.read(TestData.etsySample(TestData.ETSY_2022)));
    }
}
