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
 * @param reportCacheRows how many result rows of seller reports to keep in memory between requests (answers are
 *                      dropped as soon as the seller's data or the rates change); 0 computes every report afresh
 */
@ConfigurationProperties("eggbasket")
public record EggbasketProperties(@DefaultValue("./data") Path data,
                                  @DefaultValue("false") boolean demo,
                                  @DefaultValue("512MB") String duckdbMemory,
                                  @DefaultValue("200000") int reportCacheRows) {
}
