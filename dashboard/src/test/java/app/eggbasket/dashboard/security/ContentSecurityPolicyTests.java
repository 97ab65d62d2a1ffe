package app.eggbasket.dashboard.security;

import app.eggbasket.dashboard.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * No inline script (issue 14): every page is sent with {@code script-src 'self'}, and no template holds a script
 * the browser would run inline (data goes in {@code <script type="application/json">}, code in /js), nor an
 * {@code on…=} handler.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContentSecurityPolicyTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", () -> TestData.seededDataDir().toString());
    }

    @Autowired
    MockMvc mvc;

    @Test
    void pagesAllowScriptsFromTheSiteOnly() throws Exception {
        for (String path : List.of("/login", "/market", "/sellers/alice", "/sellers/alice/uploads",
                "/sellers/alice/scenarios", "/sellers/alice/scenarios/figures", "/no-such-page")) {
            String csp = mvc.perform(get(path).with(user(new SellerUser("alice", "x", Roles.SELLER, "alice", null))))
                    .andReturn().getResponse().getHeader("Content-Security-Policy");
            assertThat(csp).as(path).contains("script-src 'self';").doesNotContain("unsafe-eval")
                    .contains("object-src 'none'").contains("frame-ancestors 'none'");
            assertThat(csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src"))))
                    .as(path).doesNotContain("unsafe-inline");
        }
    }

    @Test
    void noTemplateRunsAnInlineScript() throws IOException {
        Pattern script = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\son[a-z]+\\s*=|javascript:", Pattern.CASE_INSENSITIVE);
        List<String> inline = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String html = Files.readString(file);
                Matcher m = script.matcher(html);
                while (m.find()) {
                    String attributes = m.group(1);
                    if (!attributes.contains("src=") && !attributes.contains("type=\"application/json\"")) {
                        inline.add(file.getFileName() + ": " + m.group());
                    }
                }
                if (handler.matcher(html).find()) {
                    inline.add(file.getFileName() + ": an inline event handler or javascript: link");
                }
            }
        }
        assertThat(inline).isEmpty();
    }
}
