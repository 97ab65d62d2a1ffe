package app.eggbasket.dashboard.security.throttle;

import app.eggbasket.dashboard.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The login form and HTTP Basic are throttled (issue 15): guessing a password soon meets a wait, during which even
 * the right password is not checked, the API answers 429 with Retry-After, and the owner is told at her next login.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleWebTests {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededCopy().toString());
    }

    /** A clock that does not move: a wait never runs out by itself during the test, however slow the machine. */
    @TestConfiguration
    static class StoppedClock {
        @Bean
        @Primary
        LoginThrottle stoppedThrottle() {
            return new LoginThrottle(Clock.fixed(Instant.parse("2026-12-08T09:00:00Z"), ZoneOffset.UTC));
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theFormMakesAGuesserWaitAndSaysSoInHerLanguage() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(login("dora", "guess-" + i).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        String refused = login("dora", TestData.PASSWORD).getResponse().getRedirectedUrl();
        assertThat(refused).as("the right password, too soon").startsWith("/login?wait=");

        String en = mvc.perform(get(refused).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("id=\"login-wait\"").contains("Too many failed attempts").contains("was not checked");
        String fr = mvc.perform(get(refused).header("Accept-Language", "fr")).andReturn().getResponse().getContentAsString();
        assertThat(fr).contains("Trop de tentatives échouées");
    }

    @Test
    void theApiAnswers429WithRetryAfterAndNeverChecksThePasswordMeanwhile() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(mvc.perform(get("/api/sellers/erin/report").with(httpBasic("erin", "guess-" + i)))
                    .andReturn().getResponse().getStatus()).isEqualTo(401);
        }
        var refused = mvc.perform(get("/api/sellers/erin/report").with(httpBasic("erin", TestData.PASSWORD)))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentAsString()).contains("Too many failed logins");
    }

    @Test
    void theOwnerIsToldOfTheFailedAttemptsAtHerNextLogin() throws Exception {
        login("fay", "guess-1");
        login("fay", "guess-2");
        MvcResult ok = login("fay", TestData.PASSWORD);
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession session = (MockHttpSession) ok.getRequest().getSession();

        String page = mvc.perform(get("/sellers/fay").session(session).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"login-warning\"").contains("there were 2 failed attempts to log in to your account");
        String again = mvc.perform(get("/sellers/fay").session(session).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).as("told once").doesNotContain("id=\"login-warning\"");
    }

    private MvcResult login(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())).andReturn();
    }
}
