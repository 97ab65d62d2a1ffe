package app.eggbasket.dashboard;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Eggbasket dashboard: pages, REST API and security. Started by {@code eggbasket serve}
 * ({@link app.eggbasket.dashboard.cli.EggbasketCli}), which is the jar's main class.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EggbasketApplication {
}
