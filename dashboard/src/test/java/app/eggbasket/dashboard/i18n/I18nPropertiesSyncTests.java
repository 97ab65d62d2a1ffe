package app.eggbasket.dashboard.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** English and French carry the same keys, and every key a template uses exists (after spring-petclinic's test). */
class I18nPropertiesSyncTests {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
    private static final Pattern PREFIXED_KEY = Pattern.compile("#\\{\\$\\{'([\\w.]+)' \\+");

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Properties en = load("messages.properties");
        Properties fr = load("messages_fr.properties");

        assertThat(new TreeSet<>(fr.stringPropertyNames())).as("keys of messages_fr.properties")
                .containsExactlyElementsOf(new TreeSet<>(en.stringPropertyNames()));
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String file : new String[]{"messages.properties", "messages_fr.properties"}) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames()).as(file)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedByATemplateExists() throws IOException {
        Properties en = load("messages.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                Matcher literal = LITERAL_KEY.matcher(html);
                while (literal.find()) {
                    if (!en.containsKey(literal.group(1))) {
                        missing.add(template.getFileName() + ": " + literal.group(1));
                    }
                }
                Matcher prefixed = PREFIXED_KEY.matcher(html);
                while (prefixed.find()) {
                    String prefix = prefixed.group(1);
                    if (en.stringPropertyNames().stream().noneMatch(k -> k.startsWith(prefix))) {
                        missing.add(template.getFileName() + ": " + prefix + "*");
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from messages.properties").isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nPropertiesSyncTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
