package app.eggbasket.dashboard.security;

import app.eggbasket.dashboard.TestData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Base64;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Headers and tokens in every profile (issue 15): a Referrer-Policy on pages and the API, and the CSRF token
 * accepted from the form body or a header but never from the address.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTests {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededCopy().toString());
    }

    @Autowired
    MockMvc mvc;

    @Test
    void pagesAndTheApiSendNoAddressToOtherSites() throws Exception {
        for (String path : new String[]{"/login", "/sellers/alice", "/market"}) {
            String policy = mvc.perform(get(path).with(user(seller("alice")))).andReturn().getResponse()
                    .getHeader("Referrer-Policy");
            assertThat(policy).as(path).isEqualTo("same-origin");
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString(("alice:" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        var api = mvc.perform(get("/api/sellers/alice/report").header("Authorization", basic)).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(api.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theCsrfTokenIsTakenFromTheFormNeverFromTheAddress() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String page = mvc.perform(get("/account/password").session(session).with(user(seller("alice"))))
                .andReturn().getResponse().getContentAsString();
        String token = Jsoup.parse(page).selectFirst("input[name=_csrf]").attr("value");
        assertThat(token).isNotBlank();

        int inAddress = mvc.perform(post("/account/password?_csrf=" + token).session(session).with(user(seller("alice")))
                .param("currentPassword", "wrong").param("newPassword", "x")).andReturn().getResponse().getStatus();
        assertThat(inAddress).as("the same token in the query string").isEqualTo(403);

        int inForm = mvc.perform(post("/account/password").session(session).with(user(seller("alice")))
                .param("_csrf", token).param("currentPassword", "wrong").param("newPassword", "x"))
                .andReturn().getResponse().getStatus();
        assertThat(inForm).as("the token in the form body is accepted (the wrong password is then refused)")
                .isNotEqualTo(403);
    }

    private static SellerUser seller(String id) {
        return new SellerUser(id, "unused", Roles.SELLER, id);
    }
}
