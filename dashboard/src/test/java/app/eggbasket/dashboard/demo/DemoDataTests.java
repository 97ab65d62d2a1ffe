package app.eggbasket.dashboard.demo;

import app.eggbasket.dashboard.account.AccountStore;
import app.eggbasket.dashboard.account.Role;
import app.eggbasket.dashboard.sharing.Grant;
import app.eggbasket.dashboard.sharing.GrantStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo: three sellers with their exports, and an advisor two of them granted access (README). */
class DemoDataTests {

    @Test
    void theDemoAdvisorSeesTwoOfTheThreeDemoSellers(@TempDir Path data) {
        DemoData.install(data);

        AccountStore accounts = new AccountStore(data);
        assertThat(accounts.find("conseil-anne")).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.ADVISOR));
        assertThat(accounts.all().stream().filter(a -> a.role() == Role.SELLER)).hasSize(3);
        assertThat(new GrantStore(data, Clock.systemUTC()).activeGrantsTo("conseil-anne")).extracting(Grant::seller)
                .containsExactly("atelier-seraphine", "fabrique-lea");
        assertThat(DemoData.logins()).extracting(DemoLogin::username)
                .containsExactly("seraphine", "lea", "marin", "conseil-anne");
        assertThat(DemoData.isDemo(data)).isTrue();
    }
}
