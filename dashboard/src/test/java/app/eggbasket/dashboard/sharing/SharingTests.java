package app.eggbasket.dashboard.sharing;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.security.Roles;
import app.eggbasket.dashboard.security.SellerUser;
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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A seller shares her figures with an advisor (DESIGN §10): granting by username or invitation code, with an end
 * date, revoking with effect on the advisor's very next request, the read log she sees, exports and erases.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SharingTests {

    private static final Path DATA = TestData.seededCopy();

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    private static final SellerUser ERIN = new SellerUser("erin", "unused", Roles.SELLER, "erin");
    private static final SellerUser DORA = new SellerUser("dora", "unused", Roles.SELLER, "dora");
    private static final SellerUser ADVISOR = new SellerUser("advisor", "unused", Roles.ADVISOR, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    GrantStore grants;

    @Autowired
    ReadLog reads;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aGrantByUsernameOpensHerPagesToTheAdvisorUntilSheRevokesIt() throws Exception {
        mvc.perform(get("/sellers/dora").with(user(ADVISOR))).andExpect(status().isForbidden());

        mvc.perform(post("/sellers/dora/sharing/grants").param("advisor", "ADVISOR").param("until", "")
                        .with(csrf()).with(user(DORA)))
                .andExpect(redirectedUrl("/sellers/dora/sharing")).andExpect(flash().attribute("granted", "advisor"));
        String overview = mvc.perform(get("/sellers/dora").with(user(ADVISOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(overview).contains("id=\"readonly-banner\"").doesNotContain("id=\"profile-form\"")
                .doesNotContain("/sellers/dora/uploads").doesNotContain("/sellers/dora/sharing");
        mvc.perform(get("/sellers/dora/uploads").with(user(ADVISOR))).andExpect(status().isForbidden());

        String sharing = mvc.perform(get("/sellers/dora/sharing").header("Accept-Language", "fr").with(user(DORA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(sharing).contains("data-advisor=\"advisor\"").contains("jusqu’à ce que vous le retiriez")
                .contains("Qui a lu vos chiffres").contains("GET /sellers/dora").doesNotContain("GET /sellers/dora/uploads");

        mvc.perform(post("/sellers/dora/sharing/grants/advisor/revoke").with(csrf()).with(user(DORA)))
                .andExpect(redirectedUrl("/sellers/dora/sharing"));
        mvc.perform(get("/sellers/dora").with(user(ADVISOR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/sellers/dora/report").with(httpBasic("advisor", TestData.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aGrantByInvitationCodeThroughTheApiWithALastDay() throws Exception {
        JsonNode me = json.readTree(mvc.perform(get("/api/advisors/me").with(httpBasic("advisor2", TestData.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String code = me.get("invitationCode").asText();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        String lastDay = LocalDate.now(GrantStore.SELLERS_ZONE).plusDays(30).toString();

        mvc.perform(post("/api/sellers/erin/grants").with(httpBasic("erin", TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"advisor\":\"" + code.toLowerCase().replace("-", " ") + "\",\"until\":\"" + lastDay + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.advisor").value("advisor2"))
                .andExpect(jsonPath("$.until").value(lastDay))
                .andExpect(jsonPath("$.active").value(true));
        mvc.perform(get("/api/sellers/erin/grants").with(httpBasic("erin", TestData.PASSWORD)))
                .andExpect(jsonPath("$[0].advisor").value("advisor2"));
        mvc.perform(get("/api/sellers/erin/report").with(httpBasic("advisor2", TestData.PASSWORD)))
                .andExpect(status().isOk());

        // a new code replaces the old one; the access already given stays
        mvc.perform(post("/api/advisors/me/invitation").with(httpBasic("advisor2", TestData.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/sellers/dora/grants").with(httpBasic("dora", TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"advisor\":\"" + code + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("No advisor has this username or invitation code."));
        mvc.perform(get("/api/sellers/erin/report").with(httpBasic("advisor2", TestData.PASSWORD)))
                .andExpect(status().isOk());

        mvc.perform(delete("/api/sellers/erin/grants/advisor2").with(httpBasic("erin", TestData.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/sellers/erin/report").with(httpBasic("advisor2", TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/sellers/erin/grants/advisor2").with(httpBasic("erin", TestData.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAnAdvisorCanBeGrantedAndNotForAPastDay() throws Exception {
        for (String who : new String[]{"bob", "manager", "nobody", ""}) {
            mvc.perform(post("/api/sellers/erin/grants").with(httpBasic("erin", TestData.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"advisor\":\"" + who + "\"}"))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post("/api/sellers/erin/grants").with(httpBasic("erin", TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"advisor\":\"advisor\",\"until\":\"2020-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The last day of access must be today or later."));
        mvc.perform(post("/sellers/erin/sharing/grants").param("advisor", "bob").with(csrf()).with(user(ERIN)))
                .andExpect(flash().attribute("sharingError", "sharing.error.noAdvisor"));
        assertThat(grants.grantsOf("erin")).isEmpty();
    }

    @Test
    void anExpiredGrantOpensNothingAndShowsAsExpired() throws Exception {
        grants.grant("fay", "advisor", LocalDate.now(GrantStore.SELLERS_ZONE));
        mvc.perform(get("/api/sellers/fay/report").with(httpBasic("advisor", TestData.PASSWORD))).andExpect(status().isOk());
        grants.grant("fay", "advisor", LocalDate.now(GrantStore.SELLERS_ZONE).minusDays(1));
        mvc.perform(get("/api/sellers/fay/report").with(httpBasic("advisor", TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/sellers/fay/grants").with(httpBasic("fay", TestData.PASSWORD)))
                .andExpect(jsonPath("$[0].active").value(false));
        grants.revoke("fay", "advisor");
    }

    @Test
    void theReadLogSurvivesARestartIsExportedAndIsErasedWithHerData() throws Exception {
        grants.grant("ida", "advisor", null);
        mvc.perform(get("/api/sellers/ida/report").with(httpBasic("advisor", TestData.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/sellers/ida/report").with(httpBasic("ida", TestData.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/sellers/ida/uploads").with(httpBasic("advisor", TestData.PASSWORD)))
                .andExpect(status().isForbidden());

        // a new store over the same directory: what a restart reads
        ReadLog afterRestart = new ReadLog(DATA);
        assertThat(afterRestart.all("ida")).extracting(ReadEntry::reader, ReadEntry::route)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("advisor", "GET /api/sellers/ida/report"));
        assertThat(new GrantStore(DATA, java.time.Clock.systemUTC()).allows("advisor", "ida")).isTrue();
        mvc.perform(get("/api/sellers/ida/reads").with(httpBasic("ida", TestData.PASSWORD)))
                .andExpect(jsonPath("$[0].reader").value("advisor"))
                .andExpect(jsonPath("$[0].route").value("GET /api/sellers/ida/report"));

        org.springframework.test.web.servlet.MvcResult started = mvc.perform(get("/api/sellers/ida/data")
                .with(httpBasic("ida", TestData.PASSWORD))).andReturn();
        byte[] zip = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, String> entries = unzip(zip);
        assertThat(entries.get("sharing/reads.jsonl")).contains("\"reader\":\"advisor\"").contains("/api/sellers/ida/report");
        assertThat(entries).as("entries %s", entries.keySet()).containsKey("sharing/grants.json");
        assertThat(entries.get("sharing/grants.json")).contains("\"advisor\" : \"advisor\"");
        assertThat(entries.get("README.txt")).contains("sharing/");

        mvc.perform(delete("/api/sellers/ida/data").with(httpBasic("ida", TestData.PASSWORD))).andExpect(status().isOk());
        assertThat(reads.all("ida")).isEmpty();
        assertThat(Files.exists(DATA.resolve("sharing/reads/ida.jsonl"))).isFalse();
        assertThat(grants.grantsOf("ida")).isEmpty();
        mvc.perform(get("/api/sellers/ida/report").with(httpBasic("advisor", TestData.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void herCooperativesAreInHerExportAndErasingHerDataTakesHerOutOfThem() throws Exception {
        app.eggbasket.analytics.cooperative.Cooperatives coops = new app.eggbasket.analytics.cooperative.Cooperatives(
                new app.eggbasket.ingestion.lake.Lake(DATA));
        assertThat(coops.members("alpes").isMember("alice")).as("seeded: alice is a member of alpes").isTrue();
        assertThat(coops.members("alpes").consents().consents("alice")).isTrue();

        org.springframework.test.web.servlet.MvcResult started = mvc.perform(get("/api/sellers/alice/data")
                .with(httpBasic("alice", TestData.PASSWORD))).andReturn();
        Map<String, String> entries = unzip(mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(entries.get("cooperatives/alpes.json")).contains("\"status\" : \"MEMBER\"").contains("consentSince");

        mvc.perform(delete("/api/sellers/alice/data").with(httpBasic("alice", TestData.PASSWORD))).andExpect(status().isOk());
        assertThat(coops.members("alpes").find("alice")).isEmpty();
        assertThat(coops.members("alpes").consents().consents("alice")).isFalse();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
