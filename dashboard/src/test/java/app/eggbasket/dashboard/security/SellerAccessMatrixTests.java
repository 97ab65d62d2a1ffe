package app.eggbasket.dashboard.security;

import app.eggbasket.dashboard.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may see what (DESIGN §7), API and pages: a seller her own data only, an advisor only the sellers who granted access (the full matrix: RouteAccessMatrixTests). */
@SpringBootTest
@AutoConfigureMockMvc
class SellerAccessMatrixTests {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    app.eggbasket.dashboard.sharing.GrantStore grants;

    private static final SellerUser ALICE = new SellerUser("alice", "unused", Roles.SELLER, "alice");
    private static final SellerUser BOB = new SellerUser("bob", "unused", Roles.SELLER, "bob");
    private static final SellerUser ADVISOR = new SellerUser("advisor", "unused", Roles.ADVISOR, null);

    @Test
    void reportWithAnonymous() throws Exception {
        mvc.perform(get("/api/sellers/alice/report"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value("Log in with HTTP Basic to use the API."));
    }

    @Test
    void reportWithWrongPassword() throws Exception {
        mvc.perform(get("/api/sellers/alice/report").with(httpBasic("alice", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void reportOfOtherSeller() throws Exception {
        mvc.perform(get("/api/sellers/alice/report").with(httpBasic("bob", TestData.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("This account may not access this seller."));
    }

    @Test
    void reportOfOwnSeller() throws Exception {
        mvc.perform(get("/api/sellers/alice/report").with(httpBasic("alice", TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seller").value("alice"))
                .andExpect(jsonPath("$.currency").value("USD"))
                .andExpect(jsonPath("$.revenue").value(279.51))
                .andExpect(jsonPath("$.orders").value(8));
    }

    @Test
    void monthlyOfOtherSeller() throws Exception {
        mvc.perform(get("/api/sellers/alice/monthly").with(httpBasic("bob", TestData.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void uploadHistoryOfOtherSeller() throws Exception {
        mvc.perform(get("/api/sellers/alice/uploads").with(httpBasic("bob", TestData.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void uploadToOtherSeller() throws Exception {
        mvc.perform(multipart("/api/sellers/alice/uploads").file(etsyFile("file"))
                        .with(httpBasic("bob", TestData.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void apiNeedsNoCsrfToken() throws Exception {
        mvc.perform(multipart("/api/sellers/bob/uploads").file(new MockMultipartFile("file", "notes.txt", "text/plain",
                        "hello".getBytes())).with(httpBasic("bob", TestData.PASSWORD)))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void advisorSeesOnlyTheSellersWhoGrantedAccessThroughTheApi() throws Exception {
        grants.grant("alice", "advisor2", null);
        try {
            mvc.perform(get("/api/sellers/alice/report").with(httpBasic("advisor2", TestData.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.revenue").value(279.51));
            mvc.perform(get("/api/sellers/bob/report").with(httpBasic("advisor2", TestData.PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/sellers/alice/uploads").with(httpBasic("advisor2", TestData.PASSWORD)))
                    .andExpect(status().isForbidden());
        } finally {
            grants.revoke("alice", "advisor2");
        }
        mvc.perform(get("/api/sellers/alice/report").with(httpBasic("advisor2", TestData.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void dataExportOfOtherSeller() throws Exception {
        mvc.perform(get("/api/sellers/alice/data").with(httpBasic("bob", TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sellers/alice/data").with(user(BOB))).andExpect(status().isForbidden());
    }

    @Test
    void dataExportWithAnonymous() throws Exception {
        mvc.perform(get("/api/sellers/alice/data")).andExpect(status().isUnauthorized());
    }

    @Test
    void dataErasureOfOtherSeller() throws Exception {
        mvc.perform(delete("/api/sellers/alice/data").with(httpBasic("bob", TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sellers/alice/data/erase").param("confirm", "alice").with(csrf()).with(user(BOB)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/sellers/alice/report").with(httpBasic("alice", TestData.PASSWORD)))
                .andExpect(jsonPath("$.revenue").value(279.51));
    }

    @Test
    void dataErasureFromAPageNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/sellers/alice/data/erase").param("confirm", "alice").with(user(ALICE)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/sellers/alice/report").with(httpBasic("alice", TestData.PASSWORD)))
                .andExpect(jsonPath("$.revenue").value(279.51));
    }

    @Test
    void anonymousPageRedirectsToLogin() throws Exception {
        mvc.perform(get("/sellers/alice"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void loginPageIsPublic() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void echartsWebjarIsPublicAndVersionless() throws Exception {
        mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
    }

    @Test
    void pageOfOtherSeller() throws Exception {
        mvc.perform(get("/sellers/alice").with(user(BOB))).andExpect(status().isForbidden());
        mvc.perform(get("/sellers/alice/uploads").with(user(BOB))).andExpect(status().isForbidden());
    }

    @Test
    void pageOfOwnSeller() throws Exception {
        MvcResult result = mvc.perform(get("/sellers/alice").with(user(ALICE)))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("id=\"chart-shares\"").contains("etsy");
    }

    @Test
    void pageUploadWithoutCsrf() throws Exception {
        mvc.perform(multipart("/sellers/alice/uploads").file(etsyFile("files")).with(user(ALICE)))
                .andExpect(status().isForbidden());
    }

    @Test
    void pageUploadToOtherSellerWithCsrf() throws Exception {
        mvc.perform(multipart("/sellers/alice/uploads").file(etsyFile("files")).with(user(BOB)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void sellerHomeIsHerOverview() throws Exception {
        mvc.perform(get("/").with(user(ALICE))).andExpect(redirectedUrl("/sellers/alice"));
    }

    @Test
    void advisorWithoutGrantSeesNoSeller() throws Exception {
        mvc.perform(get("/").with(user(ADVISOR))).andExpect(redirectedUrl("/advisor/clients"));
        mvc.perform(get("/sellers/alice").with(user(ADVISOR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/sellers/alice/report").with(httpBasic("advisor", TestData.PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void malformedSellerIdIsABadRequest() throws Exception {
        mvc.perform(get("/api/sellers/Not_A_Seller/report").with(httpBasic("alice", TestData.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Invalid seller id: use 2-63 lower-case letters, digits or '-'."));
        mvc.perform(get("/sellers/Not_A_Seller").with(user(ALICE))).andExpect(status().isBadRequest());
    }

    private static MockMultipartFile etsyFile(String part) {
        return new MockMultipartFile(part, TestData.ETSY_2022, "text/csv", TestData.read(TestData.etsySample(TestData.ETSY_2022)));
    }
}
