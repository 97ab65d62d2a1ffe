package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.printable.PdfContents;
import app.eggbasket.dashboard.security.Roles;
import app.eggbasket.dashboard.security.SellerUser;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The printable report's routes: who may download it (the same rule as every read route), its name and
 * language, and the answers when it cannot be made (422, as problem details in the API, the error page on
 * the page route).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PrintableReportRoutesTests {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theApiAnswersThePdfOfTheSellerAsAnAttachment() throws Exception {
        MvcResult result = mvc.perform(get("/api/sellers/alice/report.pdf").with(httpBasic("alice", TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"eggbasket-report-alice-2022-12-23-2023-01-01.pdf\""))
                .andReturn();
        byte[] pdf = result.getResponse().getContentAsByteArray();

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new PdfContents(pdf).pages()).isBetween(1, 2);
    }

    @Test
    void theApiRefusesAnotherSellersReport() throws Exception {
        mvc.perform(get("/api/sellers/alice/report.pdf").with(httpBasic("bob", TestData.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("This account may not access this seller."));
    }

    @Test
    void theApiWantsALogin() throws Exception {
        mvc.perform(get("/api/sellers/alice/report.pdf"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theApiAnswers422WhenTheReportCannotBeMadeAndAPdfWhenSomeLinesAreLeftOut() throws Exception {
        byte[] leftOut = mvc.perform(get("/api/sellers/gus/report.pdf").with(httpBasic("gus", TestData.PASSWORD))
                        .header("Accept-Language", "en").accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new PdfContents(leftOut).text()).contains("Not counted here: 8 sales lines").contains("8 in ARS");
        mvc.perform(get("/api/sellers/bob/report.pdf").with(httpBasic("bob", TestData.PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("No sales"));
        mvc.perform(get("/api/sellers/alice/report.pdf?from=2021-01-01&to=2021-02-01").with(httpBasic("alice", TestData.PASSWORD)))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/sellers/alice/report.pdf?from=yesterday").with(httpBasic("alice", TestData.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void thePageRouteFollowsTheLanguageOfThePages() throws Exception {
        byte[] french = mvc.perform(get("/sellers/ines/report.pdf").cookie(new Cookie("eggbasket-lang", "fr"))
                        .with(user(seller("ines"))))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"eggbasket-report-ines-2025-01-15-2025-12-16.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] english = mvc.perform(get("/sellers/ines/report.pdf?lang=en&from=2025-01-01&to=2025-07-01&currency=eur")
                        .with(user(seller("ines"))))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"eggbasket-report-ines-2025-01-01-2025-07-01.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new PdfContents(french).text()).contains("Bilan des ventes de ines").contains("1 200,00 €");
        assertThat(new PdfContents(english).text()).contains("Sales report of ines")
                .contains("From 1 January 2025 to 30 June 2025 included, amounts in EUR.").contains("€600.00");
    }

    @Test
    void thePageRouteChecksWhoAsks() throws Exception {
        mvc.perform(get("/sellers/alice/report.pdf").with(user(seller("bob")))).andExpect(status().isForbidden());
        mvc.perform(get("/sellers/alice/report.pdf")).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
        // an advisor without a grant is refused; with one, the access matrix shows her the report
        mvc.perform(get("/sellers/alice/report.pdf").with(user(new SellerUser("advisor", "unused", Roles.ADVISOR, null))))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageRouteShowsTheErrorPageWhenTheReportCannotBeMadeNotWhenLinesAreLeftOut() throws Exception {
        mvc.perform(get("/sellers/gus/report.pdf").header("Accept-Language", "en").with(user(seller("gus"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF));

        String empty = mvc.perform(get("/sellers/bob/report.pdf").header("Accept-Language", "fr").with(user(seller("bob"))))
                .andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Aucune vente sur cette période");

        mvc.perform(get("/sellers/alice/report.pdf?to=soon").with(user(seller("alice")))).andExpect(status().isBadRequest());
    }

    @Test
    void theOverviewLinksToThePdfOfThePeriodItShows() throws Exception {
        String page = mvc.perform(get("/sellers/ines?from=2025-01-01&to=2025-07-01&currency=EUR").header("Accept-Language", "en")
                        .with(user(seller("ines"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"pdf-link\"")
                .contains("href=\"/sellers/ines/report.pdf?from=2025-01-01&amp;to=2025-07-01&amp;currency=EUR\"")
                .contains(">Printable report (PDF)<");

        String all = mvc.perform(get("/sellers/ines").header("Accept-Language", "en").with(user(seller("ines"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(all).containsPattern("href=\"/sellers/ines/report.pdf[^\"]*\"");
    }

    private static SellerUser seller(String id) {
        return new SellerUser(id, "unused", Roles.SELLER, id);
    }
}
