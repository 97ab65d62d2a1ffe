package app.eggbasket.dashboard.security;

import app.eggbasket.dashboard.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code prod} profile behind a TLS reverse proxy, through a real Tomcat (issue 15): the proxy's
 * {@code X-Forwarded-Proto: https} makes a request secure, so it gets HSTS, and the session cookie is marked
 * {@code Secure}; without the profile the cookie is not (the demo runs over plain HTTP on localhost).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class ProductionProfileTests {

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededCopy().toString());
    }

    @LocalServerPort
    int port;

    @Test
    void behindTheProxyTheSessionCookieIsSecureAndHttpsIsPinned() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }
}
