package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.security.Roles;
import app.eggbasket.dashboard.security.SellerUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A seller downloads everything held about her, and erases it (DESIGN §7). */
@SpringBootTest
@AutoConfigureMockMvc
class SellerDataPagesTests {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
    }

    private static final SellerUser ERIN = new SellerUser("erin", "unused", Roles.SELLER, "erin");

    @Autowired
    MockMvc mvc;

    @Test
    void sellerDownloadsAZipOfHerLinesUploadsAndFiles() throws Exception {
        MvcResult result = mvc.perform(get("/api/sellers/alice/data").with(httpBasic("alice", TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", startsWith(
                        "attachment; filename=\"eggbasket-alice-")))
                .andReturn();
        mvc.perform(asyncDispatch(result)).andExpect(status().isOk());
        List<String> names = entries(result.getResponse().getContentAsByteArray());
        assertThat(names).contains("README.txt", "sales.csv");
        assertThat(names).anyMatch(n -> n.startsWith("raw/")).anyMatch(n -> n.startsWith("uploads/"));
    }

    @Test
    void uploadPageOffersDownloadAndErasureInBothLanguages() throws Exception {
        String en = mvc.perform(get("/sellers/erin/uploads").locale(Locale.ENGLISH).with(user(ERIN)))
                .andReturn().getResponse().getContentAsString();
        String fr = mvc.perform(get("/sellers/erin/uploads").locale(Locale.FRENCH).with(user(ERIN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Download all my data (ZIP)").contains("href=\"/sellers/erin/data\"")
                .contains("Type your seller id (erin) to confirm");
        assertThat(fr).contains("Télécharger toutes mes données (ZIP)").contains("Tout effacer");
    }

    @Test
    void erasureNeedsTheSellerIdTypedThenLeavesNothing() throws Exception {
        mvc.perform(post("/sellers/erin/data/erase").param("confirm", "erni").with(csrf()).with(user(ERIN)))
                .andExpect(redirectedUrl("/sellers/erin/uploads#your-data"))
                .andExpect(flash().attribute("eraseNotConfirmed", true));
        mvc.perform(get("/api/sellers/erin/report").with(httpBasic("erin", TestData.PASSWORD)))
                .andExpect(jsonPath("$.orders").value(8));

        mvc.perform(post("/sellers/erin/data/erase").param("confirm", " erin ").with(csrf()).with(user(ERIN)))
                .andExpect(redirectedUrl("/sellers/erin/uploads#your-data"))
                .andExpect(flash().attribute("erased", true));

        mvc.perform(get("/api/sellers/erin/report").with(httpBasic("erin", TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orders").value(0));
        mvc.perform(get("/api/sellers/erin/uploads").with(httpBasic("erin", TestData.PASSWORD)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(delete("/api/sellers/erin/data").with(httpBasic("erin", TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sales").value(false))
                .andExpect(jsonPath("$.rawFiles").value(0));
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
