package app.eggbasket.dashboard.cli;

import app.eggbasket.dashboard.account.AccountStore;
import app.eggbasket.dashboard.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code eggbasket user add} with each role (DESIGN §10); existing accounts stay sellers. */
class UserCliTests {

    private final CliRun cli = new CliRun();

    private int addUser(String password, String... args) {
        InputStream previous = System.in;
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            return cli.run(args);
        } finally {
            System.setIn(previous);
        }
    }

    @Test
    void anAdvisorASellerAndACooperativeManager(@TempDir Path data) {
        assertThat(addUser("long-enough-password", "user", "add", "--data", data.toString(), "--username", "cabinet-martin",
                "--role", "advisor")).isZero();
        assertThat(addUser("long-enough-password", "user", "add", "--data", data.toString(), "--username", "anne",
                "--seller", "atelier-x")).isZero();
        assertThat(cli.run("coop", "add", "--data", data.toString(), "--id", "alpes", "--name", "Alpes")).isZero();
        assertThat(addUser("long-enough-password", "user", "add", "--data", data.toString(), "--username", "coop",
                "--role", "cooperative-manager", "--coop", "alpes")).isZero();
        AccountStore accounts = new AccountStore(data);
        assertThat(accounts.find("cabinet-martin").orElseThrow().role()).isEqualTo(Role.ADVISOR);
        assertThat(accounts.find("cabinet-martin").orElseThrow().sellerId()).isNull();
        assertThat(accounts.find("anne").orElseThrow().role()).isEqualTo(Role.SELLER);
        assertThat(accounts.find("coop").orElseThrow().role()).isEqualTo(Role.COOPERATIVE_MANAGER);
        assertThat(accounts.find("coop").orElseThrow().cooperativeId()).isEqualTo("alpes");
        assertThat(accounts.find("anne").orElseThrow().cooperativeId()).isNull();
        assertThat(cli.output()).contains("Saved login cabinet-martin (advisor)").contains("Saved login coop (cooperative-manager of alpes)");
    }

    @Test
    void aManagerNeedsAnExistingCooperativeAndOnlyAManagerTakesOne(@TempDir Path data) throws Exception {
        assertThat(addUser("long-enough-password", "user", "add", "--data", data.toString(), "--username", "mgr",
                "--role", "cooperative-manager")).isEqualTo(2);
        assertThat(addUser("long-enough-password", "user", "add", "--data", data.toString(), "--username", "mgr",
                "--role", "cooperative-manager", "--coop", "nowhere")).isEqualTo(2);
        assertThat(cli.run("coop", "add", "--data", data.toString(), "--id", "alpes", "--name", "Alpes")).isZero();
        assertThat(addUser("long-enough-password", "user", "add", "--data", data.toString(), "--username", "adv",
                "--role", "advisor", "--coop", "alpes")).isEqualTo(2);
        assertThat(addUser("long-enough-password", "user", "add", "--data", data.toString(), "--username", "sel",
                "--seller", "atelier-x", "--coop", "alpes")).isEqualTo(2);
        assertThat(cli.errors()).contains("a cooperative manager's login needs --coop ID")
                .contains("there is no cooperative 'nowhere'").contains("only a cooperative manager's login takes --coop");
        assertThat(new AccountStore(data).all()).isEmpty();

        assertThat(addUser("long-enough-password", "user", "add", "--data", data.toString(), "--username", "sel",
                "--seller", "atelier-x")).isZero();
        assertThat(Files.readString(data.resolve("accounts.json"))).as("no cooperative field for a seller").doesNotContain("cooperativeId");
    }

    @Test
    void aManagerOfAnEarlierInstallationReadsWithoutACooperative(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("accounts.json"), """
                [{"username": "coop", "passwordHash": "$2a$10$abcdefghijklmnopqrstuv", "role": "COOPERATIVE_MANAGER", "sellerId": null}]
                """);
        assertThat(new AccountStore(data).find("coop").orElseThrow().cooperativeId()).isNull();
    }

    @Test
    void anAdvisorOwnsNoSellerAndASellerNeedsOne(@TempDir Path data) {
        assertThat(addUser("long-enough-password", "user", "add", "--data", data.toString(), "--username", "x",
                "--role", "advisor", "--seller", "atelier-x")).isEqualTo(2);
        assertThat(addUser("long-enough-password", "user", "add", "--data", data.toString(), "--username", "y")).isEqualTo(2);
        assertThat(addUser("long-enough-password", "user", "add", "--data", data.toString(), "--username", "z",
                "--role", "admin")).isNotZero();
        assertThat(cli.errors()).contains("a seller's login needs --seller ID").contains("no admin role");
        assertThat(new AccountStore(data).all()).isEmpty();
    }

    @Test
    void anAdminOfAnEarlierInstallationBecomesAnAdvisorWithoutClients(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("accounts.json"), """
                [{"username": "operator", "passwordHash": "$2a$10$abcdefghijklmnopqrstuv", "role": "ADMIN", "sellerId": null},
                 {"username": "anne", "passwordHash": "$2a$10$abcdefghijklmnopqrstuv", "role": "SELLER", "sellerId": "atelier-x"}]
                """);
        AccountStore accounts = new AccountStore(data);
        assertThat(accounts.find("operator").orElseThrow().role()).isEqualTo(Role.ADVISOR);
        assertThat(accounts.find("anne").orElseThrow().role()).isEqualTo(Role.SELLER);
    }
}
