package app.eggbasket.dashboard.cli;

import app.eggbasket.dashboard.account.Account;
import app.eggbasket.dashboard.account.AccountStore;
import app.eggbasket.dashboard.account.PasswordHasher;
import app.eggbasket.dashboard.account.SignupLinks;
import app.eggbasket.dashboard.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code eggbasket user add} with each role (DESIGN §10), {@code user reset-password}, and the password policy both
 * apply (NIST SP 800-63B: length, breached list, not the login, every character allowed).
 */
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

    @Test
    void aNewPasswordIsRefusedWithTheReasonWhenShortBreachedOrTheLogin(@TempDir Path data) {
        assertThat(addUser("short-one", "user", "add", "--data", data.toString(), "--username", "anne",
                "--seller", "atelier-x")).isEqualTo(2);
        assertThat(addUser("passwordpassword", "user", "add", "--data", data.toString(), "--username", "anne",
                "--seller", "atelier-x")).isEqualTo(2);
        assertThat(addUser("Cabinet-Martin-Conseil", "user", "add", "--data", data.toString(), "--username",
                "cabinet-martin-conseil", "--role", "advisor")).isEqualTo(2);
        assertThat(addUser("é".repeat(40), "user", "add", "--data", data.toString(), "--username", "anne",
                "--seller", "atelier-x")).isEqualTo(2);
        assertThat(cli.errors()).contains("the password is too short: it needs at least 15 characters")
                .contains("this password is in a list of passwords leaked from other sites")
                .contains("the password must not be the username")
                .contains("the password is too long: at most 72 bytes");
        assertThat(new AccountStore(data).all()).isEmpty();
    }

    @Test
    void anyCharacterIsAllowedWithoutCompositionRules(@TempDir Path data) {
        // lower-case words, spaces and accents: no digit, capital or symbol is asked for
        assertThat(addUser("mon âne gris aime la pluie", "user", "add", "--data", data.toString(), "--username", "anne",
                "--seller", "atelier-x")).isZero();
        Account anne = new AccountStore(data).find("anne").orElseThrow();
        assertThat(anne.passwordHash()).startsWith("$2a$10$").doesNotContain("âne");
        assertThat(new PasswordHasher().matches("mon âne gris aime la pluie", anne.passwordHash())).isTrue();
        // the same letters typed as "a" + a combining circumflex (NFD) are the same password
        assertThat(new PasswordHasher().matches("mon a\u0302ne gris aime la pluie", anne.passwordHash())).isTrue();
    }

    @Test
    void theOperatorResetsAPasswordAndThePolicyHolds(@TempDir Path data) {
        assertThat(addUser("long-enough-password", "user", "add", "--data", data.toString(), "--username", "anne",
                "--seller", "atelier-x")).isZero();
        assertThat(addUser("passwordpassword", "user", "reset-password", "--data", data.toString(), "--username", "anne"))
                .isEqualTo(2);
        assertThat(addUser("another long password", "user", "reset-password", "--data", data.toString(), "--username",
                "nobody")).isEqualTo(2);
        assertThat(cli.errors()).contains("leaked from other sites").contains("there is no login 'nobody'");
        assertThat(addUser("another long password", "user", "reset-password", "--data", data.toString(), "--username",
                "Anne")).isZero();
        assertThat(cli.output()).contains("New password saved for anne");
        Account anne = new AccountStore(data).find("anne").orElseThrow();
        assertThat(anne.role()).isEqualTo(Role.SELLER);
        assertThat(anne.sellerId()).isEqualTo("atelier-x");
        assertThat(new PasswordHasher().matches("another long password", anne.passwordHash())).isTrue();
        assertThat(new PasswordHasher().matches("long-enough-password", anne.passwordHash())).isFalse();
    }

    @Test
    void theOperatorPrintsAnInvitationLinkStoredOnlyHashed(@TempDir Path data) throws Exception {
        assertThat(cli.run("user", "invite", "--data", data.toString(), "--url", "https://eggbasket.example.org/")).isZero();
        String link = cli.output().lines().findFirst().orElseThrow();
        assertThat(link).matches("https://eggbasket\\.example\\.org/invitations/[A-Za-z0-9_-]{43}");
        assertThat(cli.output()).contains("for one account").contains("No e-mail is sent");
        String token = link.substring(link.lastIndexOf('/') + 1);
        SignupLinks links = new SignupLinks(data, java.time.Clock.systemUTC());
        assertThat(links.status(token)).isEqualTo(SignupLinks.Status.VALID);
        assertThat(links.find(token).orElseThrow().kind()).isEqualTo(SignupLinks.Kind.OPERATOR);
        assertThat(Files.readString(data.resolve("accounts").resolve("signup-links.json"))).doesNotContain(token);
    }
}
