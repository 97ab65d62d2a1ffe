package app.eggbasket.dashboard.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Settings under {@code eggbasket.*}.
 *
 * @param data          the data directory (lake, raw uploads, accounts); default {@code ./data}
 * @param demo          true when the data directory holds the demo sellers: pages show a banner and the demo logins
 * @param duckdbMemory  DuckDB's {@code memory_limit}, e.g. {@code 512MB}
 */
@ConfigurationProperties("eggbasket")
public record EggbasketProperties(@DefaultValue("./data") Path data,
                                  @DefaultValue("false") boolean demo,
                                  @DefaultValue("512MB") String duckdbMemory) {
}
