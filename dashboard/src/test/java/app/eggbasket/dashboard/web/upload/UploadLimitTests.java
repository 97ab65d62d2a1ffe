package app.eggbasket.dashboard.web.upload;

import app.eggbasket.dashboard.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An upload over the limits (here 4 KiB a file, 16 KiB an upload) gets an answer through a real Tomcat: the API a
 * 413 problem detail naming the limits, a page upload a redirect to the uploads page, which says why in her
 * language. Before, both got an empty 413 (and a page upload over the file limit "invalid CSRF token").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-file-size=4KB", "spring.servlet.multipart.max-request-size=16KB"})
@AutoConfigureMockMvc
class UploadLimitTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "----eggbasket-test-boundary";

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededCopy().toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theApiAnswersAFileOverTheLimitWithAProblemDetail() throws Exception {
        HttpResponse<String> file = post("/api/sellers/alice/uploads", 6 * 1024, true, "application/json");
        assertThat(file.statusCode()).isEqualTo(413);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(file.body());
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("detail").asText()).contains("per file").contains("Split the export by period");
        assertThat(problem.get("maxFileBytes").asLong()).isEqualTo(4096);

        HttpResponse<String> upload = post("/api/sellers/alice/uploads", 40 * 1024, true, "application/json");
        assertThat(upload.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(upload.body()).get("maxUploadBytes").asLong()).isEqualTo(16384);

        // under the limits the same request is read as usual (here: an unknown format, refused with a reason)
        HttpResponse<String> small = post("/api/sellers/alice/uploads", 1024, true, "application/json");
        assertThat(small.statusCode()).isNotEqualTo(413);
    }

    @Test
    void aPageUploadOverTheLimitGoesBackToHerUploadsPageWhichSaysWhy() throws Exception {
        for (int size : new int[]{6 * 1024, 40 * 1024}) {
            HttpResponse<String> page = post("/sellers/alice/uploads", size, false, "text/html");
            assertThat(page.statusCode()).as("%d bytes", size).isEqualTo(303);
            assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/sellers/alice/uploads?tooLarge=1");
        }

        String en = mvc.perform(get("/sellers/alice/uploads?tooLarge=1").header("Accept-Language", "en")
                .with(user(new app.eggbasket.dashboard.security.SellerUser("alice", "unused", app.eggbasket.dashboard.security.Roles.SELLER, "alice")))).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("id=\"upload-too-large\"").contains("That upload was not read: it was larger than");
        String fr = mvc.perform(get("/sellers/alice/uploads?tooLarge=1").header("Accept-Language", "fr")
                .with(user(new app.eggbasket.dashboard.security.SellerUser("alice", "unused", app.eggbasket.dashboard.security.Roles.SELLER, "alice")))).andReturn().getResponse().getContentAsString();
        assertThat(fr).contains("Cet envoi n’a pas été lu");
        String plain = mvc.perform(get("/sellers/alice/uploads").header("Accept-Language", "en")
                .with(user(new app.eggbasket.dashboard.security.SellerUser("alice", "unused", app.eggbasket.dashboard.security.Roles.SELLER, "alice")))).andReturn().getResponse().getContentAsString();
        assertThat(plain).doesNotContain("id=\"upload-too-large\"");
    }

    /** A multipart upload of one file of {@code size} bytes, as alice (HTTP Basic) when {@code basic}. */
    private HttpResponse<String> post(String path, int size, boolean basic, String accept) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + (basic ? "file" : "files")
                + "\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] line = "a,b,c\n".getBytes(StandardCharsets.UTF_8);
        for (int written = 0; written < size; written += line.length) {
            body.write(line);
        }
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (basic) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("alice:" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
