package app.eggbasket.dashboard.cli;

import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code eggbasket coop add|list} and {@code consent --coop}. */
class CoopCliTests {

    private final CliRun cli = new CliRun();

    @Test
    void addAndListCooperativesWithTheirRules(@TempDir Path data) {
        assertThat(cli.run("coop", "add", "--data", data.toString(), "--id", "alpes", "--name", "Coopérative des Alpes")).isZero();
        assertThat(cli.run("coop", "add", "--data", data.toString(), "--id", "bretagne", "--name", "Bretagne",
                "--min-sellers", "11", "--dominance", "0.6")).isZero();
        assertThat(cli.run("coop", "add", "--data", data.toString(), "--id", "alpes", "--name", "Again")).isEqualTo(1);
        assertThat(cli.run("coop", "add", "--data", data.toString(), "--id", "Not An Id", "--name", "x")).isEqualTo(2);
        assertThat(cli.run("coop", "add", "--data", data.toString(), "--id", "x2", "--name", "x", "--dominance", "1.5")).isEqualTo(2);
        assertThat(cli.errors()).contains("exists already").contains("must be 2-63").contains("dominance");
        assertThat(data.resolve("cooperatives/alpes/cooperative.json")).exists();

        assertThat(cli.run("coop", "list", "--data", data.toString())).isZero();
        assertThat(cli.output()).contains("alpes\tCoopérative des Alpes\t3\t0.85\t0\t0")
                .contains("bretagne\tBretagne\t11\t0.6\t0\t0");
    }

    @Test
    void consentPerCooperativeForMembersOnly(@TempDir Path data) {
        cli.run("coop", "add", "--data", data.toString(), "--id", "alpes", "--name", "Alpes");
        assertThat(cli.run("consent", "--data", data.toString(), "--seller", "ana", "--on", "--coop", "alpes")).isEqualTo(2);
        assertThat(cli.errors()).contains("ana is not a member of the cooperative alpes");
        assertThat(cli.run("consent", "--data", data.toString(), "--seller", "ana", "--on", "--coop", "nowhere")).isEqualTo(2);

        new Cooperatives(new Lake(data)).members("alpes").join("ana", null);
        assertThat(cli.run("consent", "--data", data.toString(), "--seller", "ana", "--on", "--coop", "alpes")).isZero();
        assertThat(cli.output()).contains("ana contributes to the market report of alpes");
        assertThat(new ConsentStore(new Lake(data), "alpes").consenting()).containsExactly("ana");
        assertThat(new ConsentStore(new Lake(data)).consenting()).as("not the default cooperative's").isEmpty();

        assertThat(cli.run("consent", "--data", data.toString(), "--seller", "ana", "--off", "--coop", "alpes")).isZero();
        assertThat(new ConsentStore(new Lake(data), "alpes").consenting()).isEmpty();
    }
}
