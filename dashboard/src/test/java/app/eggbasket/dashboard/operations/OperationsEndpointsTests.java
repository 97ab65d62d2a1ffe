package app.eggbasket.dashboard.operations;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.ingestion.lake.Lake;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Operations (issue 16): health for load balancers, anonymous and saying only UP or DOWN; Prometheus metrics for the
 * operator, from this machine only, with the ingest, report and market-report figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability
class OperationsEndpointsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededCopy().toString());
    }

    @Autowired
    MockMvc mvc;

    @TempDir
    Path elsewhere;

    @Test
    void healthIsAnonymousAndSaysOnlyUpOrDown() throws Exception {
        for (String path : new String[]{"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            var answer = mvc.perform(get(path).with(from("203.0.113.9"))).andReturn().getResponse();
            assertThat(answer.getStatus()).as(path).isEqualTo(200);
            JsonNode body = JSON.readTree(answer.getContentAsString());
            assertThat(body.get("status").asText()).as(path).isEqualTo("UP");
            assertThat(body.has("components")).as(path + ": no components").isFalse();
            assertThat(body.has("details")).as(path + ": no details").isFalse();
        }
        assertThat(mvc.perform(get("/actuator/env").with(from("127.0.0.1"))).andReturn().getResponse().getStatus())
                .as("no other endpoint, even from this machine").isIn(302, 403, 404);
    }

    @Test
    void theLakeIsDownWhenItsDirectoryCannotBeWritten() throws Exception {
        assertThat(new LakeHealth(new Lake(elsewhere)).health().getStatus()).isEqualTo(Status.UP);
        Path notADirectory = Files.writeString(elsewhere.resolve("a-file"), "x");
        assertThat(new LakeHealth(new Lake(notADirectory)).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void metricsAreForThisMachineOnlyAndCountIngestsReportsAndLatencies() throws Exception {
        var away = mvc.perform(get("/actuator/prometheus").with(from("203.0.113.9"))).andReturn().getResponse();
        assertThat(away.getStatus()).as("from another machine, anonymous: sent to log in").isEqualTo(302);
        assertThat(away.getRedirectedUrl()).endsWith("/login");
        assertThat(away.getContentAsString()).doesNotContain("jvm_");
        var seller = mvc.perform(get("/actuator/prometheus").with(from("203.0.113.9"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        new app.eggbasket.dashboard.security.SellerUser("carol", "x", app.eggbasket.dashboard.security.Roles.SELLER, "carol"))))
                .andReturn().getResponse();
        assertThat(seller.getStatus()).as("from another machine, logged in").isEqualTo(403);

        mvc.perform(multipart("/api/sellers/carol/uploads").file(new MockMultipartFile("file", TestData.ETSY_2022, "text/csv",
                TestData.read(TestData.etsySample(TestData.ETSY_2022)))).with(httpBasic("carol", TestData.PASSWORD)));
        mvc.perform(get("/api/sellers/carol/report").with(httpBasic("carol", TestData.PASSWORD)));

        var answer = mvc.perform(get("/actuator/prometheus").with(from("127.0.0.1"))).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        String metrics = answer.getContentAsString();
        assertThat(metrics).contains("eggbasket_ingest_rows_total{outcome=\"accepted\"}")
                .contains("eggbasket_ingest_seconds_count{format=\"etsy-sold-orders\"")
                .contains("http_server_requests_seconds_bucket").contains("uri=\"/api/sellers/{id}/report\"");
        assertThat(metrics).as("no buyer, no seller id in labels").doesNotContain("carol");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
