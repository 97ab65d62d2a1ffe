package app.eggbasket.dashboard.demo;

import app.eggbasket.dashboard.account.AccountStore;
import app.eggbasket.dashboard.account.Role;
import app.eggbasket.dashboard.sharing.Grant;
import app.eggbasket.dashboard.sharing.GrantStore;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.edition.Release;
import app.eggbasket.analytics.edition.Releases;
import app.eggbasket.analytics.market.MarketCell;
import app.eggbasket.ingestion.lake.Lake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo: three sellers with their exports, an advisor two of them granted access, their cooperative (README). */
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
                .containsExactly("seraphine", "lea", "marin", "conseil-anne", "gerante");
        assertThat(DemoData.isDemo(data)).isTrue();
    }

    @Test
    void theDemoCooperativeHasItsThreeMembersAManagerAndAPublishedEdition(@TempDir Path data) {
        DemoData.install(data);

        assertThat(new AccountStore(data).find("gerante")).hasValueSatisfying(a -> {
            assertThat(a.role()).isEqualTo(Role.COOPERATIVE_MANAGER);
            assertThat(a.cooperativeId()).isEqualTo("createurs-reunis");
        });
        Cooperatives coops = new Cooperatives(new Lake(data));
        assertThat(coops.members("createurs-reunis").consents().consenting())
                .containsExactly("atelier-seraphine", "ceramiques-marin", "fabrique-lea");
        List<Release> editions = new Releases(data, "createurs-reunis").editions();
        assertThat(editions).hasSize(1);
        Release first = editions.get(0);
        assertThat(first.period().label()).isEqualTo("2026-H1");
        assertThat(first.contributing()).isEqualTo(3);
        // three members: the total is published, and some channel of theirs with it
        assertThat(first.report().total().status()).isEqualTo(MarketCell.Status.PUBLISHED);
        assertThat(first.report().total().figures().revenue()).isPositive();
        assertThat(first.report().channels()).anyMatch(c -> c.status() == MarketCell.Status.PUBLISHED);
    }
}
