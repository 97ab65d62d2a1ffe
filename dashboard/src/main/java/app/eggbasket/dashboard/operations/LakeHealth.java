package app.eggbasket.dashboard.operations;

import app.eggbasket.ingestion.lake.Lake;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Readiness of the data directory (the {@code lake} component of {@code /actuator/health/readiness}): the sales
 * folder can be listed and a file can be written where ingests write theirs. Down, a load balancer sends no more
 * requests here; the answer never says why (details are never shown), the log does.
 */
@Component("lakeHealthIndicator")
class LakeHealth implements HealthIndicator {

    private final Lake lake;

    LakeHealth(Lake lake) {
        this.lake = lake;
    }

    @Override
    public Health health() {
        try {
            Path sales = lake.salesDir();
            if (Files.isDirectory(sales)) {
                try (Stream<Path> sellers = Files.list(sales)) {
                    sellers.findAny();
                }
            }
            Path tmp = Files.createDirectories(lake.tmpDir());
            Path probe = Files.createTempFile(tmp, "health~", ".probe");
            Files.delete(probe);
            return Health.up().build();
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(LakeHealth.class).warn("the data directory is not usable: {}", e.toString());
            return Health.down(e).build();
        }
    }
}
