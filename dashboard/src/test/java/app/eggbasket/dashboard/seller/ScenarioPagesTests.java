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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The "What if…" page in English and French, on ines (70/20/10 over 2025), and the overview's trend chart. */
@SpringBootTest
@AutoConfigureMockMvc
class ScenarioPagesTests {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
    }

    @Autowired
    MockMvc mvc;

    private static final String YEAR = "&from=2025-01-01&to=2026-01-01";

    @Test
    void defaultIsALittleMarketOnTheLargestPlatformInEnglish() throws Exception {
        String page = html(get("/sellers/ines/scenarios?from=2025-01-01&to=2026-01-01").header("Accept-Language", "en"));

        assertThat(page).contains("id=\"scenario-form\"").contains("<option value=\"etsy\" selected=\"selected\">Etsy</option>")
                .contains("A Little Market 2017 (59 days’ notice): if Etsy closed the same way")
                .contains("Etsy brought €840.00 in this period, 70% of your revenue: €70.00 a month over 12 calendar months, €756.00 net of fees.")
                .contains("Announced on 1 Jan 2026, closed from 1 Mar 2026: 59 days’ notice, during which nothing is lost.")
                .contains("Then you would lose €70.00 of revenue and €63.00 of net income a month, 70% of your revenue")
                .contains("Over the 12 months after the announcement: €700.00 of revenue and €630.00 of net income lost.")
                .contains("After fees and your social contributions (12.3% of revenue), you would keep €54.39 less a month, "
                        + "€543.90 over those 12 months.")
                .contains("Afterwards none of your revenue would depend on a platform (today 70% does).")
                .contains("Your shop’s reviews would be lost with it")
                .contains("id=\"chart-scenario\"").doesNotContain("window.eggbasketScenario")
                .contains("id=\"channels-after\"").contains("66.7%")
                .contains("Critical risk").contains("id=\"risk-after\"").contains("Low risk");
    }

    @Test
    void closureWithSubstitutionInFrench() throws Exception {
        String page = html(get("/sellers/ines/scenarios?scenario=closure&channel=etsy&substitution=20&noticeDays=0" + YEAR)
                .header("Accept-Language", "fr"));

        assertThat(page).contains("Si Etsy fermait")
                .contains("Fermeture le 1 janv. 2026, sans préavis.")
                .contains("Vous perdriez alors 56,00\u00a0€ de chiffre d’affaires et 50,40\u00a0€ de revenu net par mois, "
                        + "56\u00a0% de votre chiffre d’affaires, en retrouvant 20\u00a0% de ses ventes par d’autres canaux.")
                .contains("Sur les 12 mois suivant l’annonce : 672,00\u00a0€ de chiffre d’affaires et 604,80\u00a0€ de revenu net perdus.")
                .contains("Après les frais et vos cotisations sociales (12,3\u00a0% du chiffre d’affaires), vous garderiez "
                        + "43,51\u00a0€ de moins par mois, 522,14\u00a0€ sur ces 12 mois.")
                .contains("Revenu net perdu").contains("Vos canaux ensuite")
                .contains("352,00\u00a0€").contains("176,00\u00a0€");
    }

    @Test
    void feeHikeAndCashHoldInBothLanguages() throws Exception {
        String fee = html(get("/sellers/ines/scenarios?scenario=fee-hike&channel=etsy&oldRate=5&newRate=6.5" + YEAR)
                .header("Accept-Language", "en"));
        assertThat(fee).contains("If Etsy raised its fees")
                .contains("If Etsy raised its fee from 5% to 6.5% of revenue, you would keep €1.05 less a month, €12.60 over 12 months: 1.1% of your net income.")
                .contains("neither does your risk level: Critical risk.")
                .contains("you pay social contributions on revenue, not on what fees leave you: all of the increase comes out of what you keep.");
        String hold = html(get("/sellers/ines/scenarios?scenario=cash-hold&channel=etsy&holdPercent=25&holdDays=90" + YEAR)
                .header("Accept-Language", "fr"));
        assertThat(hold).contains("Si Etsy retenait une partie de vos paiements")
                .contains("Si Etsy retenait 25\u00a0% de chaque vente pendant 90 jours, 17,50\u00a0€ de ses ventes seraient retenus chaque mois ; "
                        + "une fois les versements rattrapés, 51,75\u00a0€ resterait retenu")
                .contains("Trésorerie manquante");
        // a cash hold changes no risk level: no badge, and never a message key shown as ??risk.null??
        assertThat(hold).doesNotContain("??").doesNotContain("risk-border-null");
        assertThat(org.jsoup.Jsoup.parse(hold).selectFirst("#risk-badges").hasAttr("hidden")).isTrue();
        assertThat(html(get("/sellers/ines/scenarios?scenario=cash-hold&channel=etsy&holdPercent=25&holdDays=90" + YEAR)
                .header("Accept-Language", "en"))).doesNotContain("??");
    }

    @Test
    void aLowerFeeIsAGainAndTheTableEndsOnTheHeadlinesFigure() throws Exception {
        String cut = html(get("/sellers/ines/scenarios?scenario=fee-hike&channel=etsy&oldRate=10&newRate=5" + YEAR)
                .header("Accept-Language", "en"));
        assertThat(cut).contains("If Etsy lowered its fees")
                .contains("If Etsy lowered its fee from 10% to 5% of revenue, you would keep €3.50 more a month, €42.00 over 12 months")
                .contains("Net income gained so far").doesNotContain("-€").doesNotContain("less a month");
        String fr = html(get("/sellers/ines/scenarios?scenario=fee-hike&channel=etsy&oldRate=10&newRate=5" + YEAR)
                .header("Accept-Language", "fr"));
        assertThat(fr).contains("Si Etsy baissait ses frais").contains("de plus par mois").doesNotContain("-3,50");

        // 6.5 % instead of 5 % of 840.00 a year: 12.60 over 12 months, and the table's running total ends there
        String hike = html(get("/sellers/ines/scenarios?scenario=fee-hike&channel=etsy&oldRate=5&newRate=6.53" + YEAR)
                .header("Accept-Language", "en"));
        org.jsoup.select.Elements rows = org.jsoup.Jsoup.parse(hike).select("#scenario-months tbody tr");
        assertThat(rows).hasSize(12);
        String headline = org.jsoup.Jsoup.parse(hike).select("#scenario-result p").eachText().stream()
                .filter(t -> t.startsWith("If Etsy raised its fee")).findFirst().orElseThrow();
        String lastTotal = rows.get(11).select("td").last().text();
        assertThat(headline).contains(", " + lastTotal + " over 12 months");
    }

    @Test
    void aSellerWithOneChannelIsToldNothingWouldBeLeft() throws Exception {
        String page = mvc.perform(get("/sellers/alice/scenarios?scenario=suspension").header("Accept-Language", "en")
                .with(user(seller("alice")))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Account suspension (no notice): if Etsy closed the same way")
                .contains("Afterwards you would have no revenue left: every sale of the period went through Etsy.")
                .contains("Your shop’s reviews would be lost");
        assertThat(org.jsoup.Jsoup.parse(page).selectFirst("#channels-after-card").hasAttr("hidden")).isTrue();
    }

    @Test
    void mistakesAreExplainedOnThePage() throws Exception {
        assertThat(html(get("/sellers/ines/scenarios?scenario=closure&channel=dawanda").header("Accept-Language", "en")))
                .contains("id=\"scenario-error\"").contains("This scenario cannot be computed")
                .satisfies(page -> assertThat(org.jsoup.Jsoup.parse(page).selectFirst("#scenario-result").hasAttr("hidden")).isTrue());
        assertThat(html(get("/sellers/ines/scenarios?scenario=closure&channel=etsy&substitution=150").header("Accept-Language", "fr")))
                .contains("Indiquez un pourcentage de 0 à 100");
        assertThat(html(get("/sellers/ines/scenarios?from=2021-01-01&to=2021-02-01").header("Accept-Language", "en")))
                .contains("id=\"empty-state\"");
    }

    @Test
    void onlyTheSellerHerselfOrAGrantedAdvisorSeesThePage() throws Exception {
        mvc.perform(get("/sellers/ines/scenarios").with(user(seller("alice")))).andExpect(status().isForbidden());
        mvc.perform(get("/sellers/ines/scenarios")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/sellers/ines/scenarios").with(user(new SellerUser("advisor", "unused", Roles.ADVISOR, null))))
                .andExpect(status().isForbidden());
    }

    @Test
    void overviewLinksTheScenariosAndDrawsTheDependenceTrend() throws Exception {
        String en = mvc.perform(get("/sellers/ines").header("Accept-Language", "en").with(user(seller("ines"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("href=\"/sellers/ines/scenarios\"").contains("id=\"chart-trend\"")
                .contains("data-label-controlled=\"Channels you control\"").contains("Dependence month by month")
                .contains("\"controlledShare\":[0.3,");
        String fr = mvc.perform(get("/sellers/ines").header("Accept-Language", "fr").with(user(seller("ines"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fr).contains("La dépendance mois par mois").contains("data-label-top=\"Plus grande plateforme\"")
                .contains("Et si une plateforme fermait");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(seller("ines")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static SellerUser seller(String id) {
        return new SellerUser(id, "unused", Roles.SELLER, id);
    }
}
