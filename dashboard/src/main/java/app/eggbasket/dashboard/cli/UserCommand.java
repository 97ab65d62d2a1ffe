package app.eggbasket.dashboard.cli;

import app.eggbasket.dashboard.account.AccountPasswords;
import app.eggbasket.dashboard.account.AccountStore;
import app.eggbasket.dashboard.account.PasswordPolicy;
import app.eggbasket.dashboard.account.PasswordRefusedException;
import app.eggbasket.dashboard.account.SignupLinks;
import app.eggbasket.dashboard.account.Role;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.SellerIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * {@code eggbasket user add} creates or updates a login, {@code user reset-password} gives one a new password; the
 * password is read from the terminal or stdin and must pass the {@link PasswordPolicy}. The operator is whoever runs
 * this command line: there is no operator role in the web application.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage logins.",
        subcommands = {UserCommand.Add.class, UserCommand.ResetPassword.class, UserCommand.Invite.class})
final class UserCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("Usage: eggbasket user add --username NAME [--role seller|advisor|cooperative-manager] "
                + "[--seller ID] [--coop ID] < password");
        System.out.println("       eggbasket user reset-password --username NAME < password");
        System.out.println("       eggbasket user invite [--url http://localhost:8080]");
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create or update a login.")
    static final class Add implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--seller", description = "Seller id the login owns (a seller's login only, required for it)")
        String seller;

        @Option(names = "--coop", description = "The cooperative a cooperative-manager runs (required for that role, "
                + "refused for the others; it must exist: eggbasket coop add)")
        String coop;

        @Option(names = "--role", defaultValue = "seller", converter = RoleConverter.class,
                description = "seller, advisor (reads the sellers who grant access) or cooperative-manager. "
                        + "Default: ${DEFAULT-VALUE}")
        Role role;

        @Override
        public Integer call() throws IOException {
            if (seller != null) {
                SellerIds.require(seller);
            }
            if ((role == Role.SELLER) != (seller != null)) {
                System.err.println("eggbasket: " + (role == Role.SELLER ? "a seller's login needs --seller ID"
                        : "only a seller's login takes --seller; an advisor sees the sellers who grant access"));
                return 2;
            }
            if ((role == Role.COOPERATIVE_MANAGER) != (coop != null)) {
                System.err.println("eggbasket: " + (role == Role.COOPERATIVE_MANAGER
                        ? "a cooperative manager's login needs --coop ID (eggbasket coop list shows them)"
                        : "only a cooperative manager's login takes --coop"));
                return 2;
            }
            if (coop != null && new Cooperatives(new Lake(data.data)).find(coop).isEmpty()) {
                System.err.println("eggbasket: there is no cooperative '" + coop + "': create it first with eggbasket coop add");
                return 2;
            }
            String password = readPassword();
            try {
                AccountPasswords.of(new AccountStore(data.data)).create(username, role, seller, coop, password);
            } catch (PasswordRefusedException e) {
                System.err.println("eggbasket: " + PasswordPolicy.english(e.problem()));
                return 2;
            }
            System.out.println("Saved login " + username + (seller == null ? " (" + role.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-') + (coop == null ? "" : " of " + coop) + ")" : " for seller " + seller));
            return 0;
        }

    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = "Give a login a new password (the operator's reset: the current one is not asked).")
    static final class ResetPassword implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Option(names = "--username", required = true)
        String username;

        @Override
        public Integer call() throws IOException {
            AccountStore accounts = new AccountStore(data.data);
            if (accounts.find(username).isEmpty()) {
                System.err.println("eggbasket: there is no login '" + username + "' (eggbasket user add creates one)");
                return 2;
            }
            String password = readPassword();
            try {
                AccountPasswords.of(accounts).reset(username, password);
            } catch (PasswordRefusedException e) {
                System.err.println("eggbasket: " + PasswordPolicy.english(e.problem()));
                return 2;
            }
            System.out.println("New password saved for " + accounts.find(username).orElseThrow().username());
            return 0;
        }
    }

    @Command(name = "invite", mixinStandardHelpOptions = true,
            description = "Print an invitation link for a new seller: she chooses her seller id and password on it. "
                    + "Valid 7 days, for one account; only its hash is stored.")
    static final class Invite implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Option(names = "--url", defaultValue = "http://localhost:8080",
                description = "The dashboard's address as the invited seller reaches it. Default: ${DEFAULT-VALUE}")
        String url;

        @Override
        public Integer call() {
            SignupLinks.Created created = new SignupLinks(data.data, java.time.Clock.systemUTC())
                    .create(SignupLinks.Kind.OPERATOR, "operator", null);
            System.out.println(url.replaceAll("/+$", "") + "/invitations/" + created.token());
            System.out.println("Valid until " + created.link().expiresAt() + ", for one account. No e-mail is sent: "
                    + "give the link to the seller yourself.");
            return 0;
        }
    }

    /** The password from the terminal (not echoed) or the first line of stdin, without its line end. */
    static String readPassword() throws IOException {
        if (System.console() != null) {
            char[] typed = System.console().readPassword("Password: ");
            return typed == null ? null : new String(typed);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }

    /** {@code advisor}, {@code ADVISOR}, {@code cooperative-manager}… as {@link Role#parse} reads them. */
    static final class RoleConverter implements picocli.CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            if (value.trim().equalsIgnoreCase("admin")) {
                throw new picocli.CommandLine.TypeConversionException("there is no admin role any more: use seller, "
                        + "advisor (reads the sellers who grant access) or cooperative-manager");
            }
            return Role.parse(value);
        }
    }
}
