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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The overview's "what you keep" card in English and French, and its contribution-rate form. */
@SpringBootTest
@AutoConfigureMockMvc
class NetIncomePagesTests {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
    }

    @Autowired
    MockMvc mvc;

    @Test
    void keepCardInEnglishMarksEstimatedFeesAndChannelsWithoutSchedule() throws Exception {
        String page = html(get("/sellers/fay").header("Accept-Language", "en").with(user(seller("fay"))));

        assertThat(page).contains("id=\"keep-card\"").contains("What you keep")
                .contains("Out of €300.00 of revenue, €11.65 went in platform and payment fees (3.9%) and €36.90 in "
                        + "social contributions (12.3% of revenue): you keep €251.45 (83.8%).")
                .contains("≈ €5.00").contains(">estimated<").contains(">no fee schedule<")
                .contains("id=\"keep-total\">€251.45<")
                .contains("Contributions (12.3%)")
                .contains("≈ Estimated fees")
                .contains("<option value=\"goods\" selected=\"selected\">Sales of goods (12.3%)</option>");
        assertThat(page).contains("id=\"kpi-fees\">≈ €11.65<");
    }

    @Test
    void keepCardInFrench() throws Exception {
        String page = html(get("/sellers/fay").header("Accept-Language", "fr-FR").with(user(seller("fay"))));

        assertThat(page).contains("Ce qui vous reste")
                .contains("Sur 300,00\u00a0€ de chiffre d’affaires, 11,65\u00a0€ sont partis en frais de plateformes et de "
                        + "paiement (3,9\u00a0%) et 36,90\u00a0€ en cotisations sociales (12,3\u00a0% du chiffre d’affaires) : "
                        + "il vous reste 251,45\u00a0€ (83,8\u00a0%).")
                .contains(">estimés<").contains(">pas de barème<").contains("Cotisations (12,3\u00a0%)")
                .contains("Prestations de services artisanales (21,2 %)");
    }

    @Test
    void etsyOrdersStatingOnlyCardProcessingArePartlyEstimated() throws Exception {
        String page = html(get("/sellers/alice").header("Accept-Language", "en").with(user(seller("alice"))));

        assertThat(page).contains("data-fee-source=\"STATED_AND_ESTIMATED\"").contains(">partly estimated<")
                .contains("≈ US$31.61").contains("≈ Estimated fees");
        String fay = html(get("/sellers/fay").header("Accept-Language", "en").with(user(seller("fay"))));
        assertThat(fay).containsPattern("data-fee-source=\"STATED\">\\s*<td>Etsy</td>\\s*<td class=\"num\">€40.00</td>\\s*"
                + "<td class=\"num\"><span>€3.00</span>\\s*</td>");
    }

    @Test
    void theFormChangesTheRateAndKeepsThePeriod() throws Exception {
        mvc.perform(post("/sellers/ida/profile").with(user(seller("ida"))).with(csrf())
                        .param("activity", "custom").param("rate", "26").param("from", "2017-01-01").param("currency", "EUR"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sellers/ida?from=2017-01-01&currency=EUR#keep-card"))
                .andExpect(flash().attribute("profileSaved", true));

        String page = html(get("/sellers/ida").header("Accept-Language", "en").with(user(seller("ida"))));
        assertThat(page).contains("Contributions (26%)").contains("<option value=\"custom\" selected=\"selected\">")
                .contains("value=\"26\"");

        mvc.perform(post("/sellers/ida/profile").with(user(seller("ida"))).with(csrf()).param("activity", "custom")
                .param("rate", "150")).andExpect(flash().attribute("profileError", true));
        mvc.perform(post("/sellers/ida/profile").with(user(seller("ida"))).with(csrf()).param("activity", "goods"))
                .andExpect(flash().attribute("profileSaved", true));
        assertThat(html(get("/sellers/ida").header("Accept-Language", "en").with(user(seller("ida")))))
                .contains("Contributions (12.3%)");
    }

    @Test
    void anotherSellersRateCannotBeChanged() throws Exception {
        mvc.perform(post("/sellers/fay/profile").with(user(seller("alice"))).with(csrf()).param("activity", "services"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sellers/fay/profile").with(user(seller("fay"))).param("activity", "services"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sellers/fay/profile").with(csrf()).param("activity", "services"))
                .andExpect(status().is3xxRedirection());
        assertThat(html(get("/sellers/fay").header("Accept-Language", "en").with(user(seller("fay")))))
                .contains("Contributions (12.3%)");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static SellerUser seller(String id) {
        return new SellerUser(id, "unused", Roles.SELLER, id);
    }
}
