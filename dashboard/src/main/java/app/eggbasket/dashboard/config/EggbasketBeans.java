package app.eggbasket.dashboard.config;

import app.eggbasket.ingestion.lake.LakeWriter;
import org.slf4j.LoggerFactory;
import app.eggbasket.analytics.concentration.ConcentrationCalculator;
import app.eggbasket.analytics.concentration.RiskThresholds;
import app.eggbasket.analytics.currency.RatesStore;
import app.eggbasket.analytics.duckdb.DuckDbEngine;
import app.eggbasket.analytics.engine.CachingSalesEngine;
import app.eggbasket.analytics.engine.SalesEngine;
import app.eggbasket.analytics.engine.SellerDataVersion;
import app.eggbasket.analytics.fees.FeeSchedules;
import app.eggbasket.analytics.portfolio.Portfolio;
import app.eggbasket.analytics.profile.SellerProfiles;
import app.eggbasket.analytics.report.SellerAnalytics;
import app.eggbasket.analytics.scenario.Scenarios;
import app.eggbasket.dashboard.account.AccountPasswords;
import app.eggbasket.dashboard.account.AccountStore;
import app.eggbasket.dashboard.account.PasswordPolicy;
import app.eggbasket.dashboard.account.Signup;
import app.eggbasket.dashboard.account.SignupLinks;
import org.springframework.security.crypto.password.PasswordEncoder;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.mapping.MappingStore;
import app.eggbasket.ingestion.privacy.SellerDataEraser;
import app.eggbasket.ingestion.privacy.SellerDataExport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ingestion and analytics objects the web layer uses, over the configured data directory. */
@Configuration(proxyBeanMethods = false)
class EggbasketBeans {

    /** The lake; what writers that died left in its temporary folder is removed as the dashboard starts. */
    @Bean
    Lake lake(EggbasketProperties properties) {
        Lake lake = new Lake(properties.data());
        int removed = new LakeWriter(lake).sweepLeftovers();
        if (removed > 0) {
            LoggerFactory.getLogger(EggbasketBeans.class).info("removed {} leftover temporary files of writers that died", removed);
        }
        return lake;
    }

    @Bean
    Ingestor ingestor(Lake lake) {
        return new Ingestor(lake, Formats.standard());
    }

    /** The cooperatives, their members and consents; opening them migrates the consents of older installations. */
    @Bean
    Cooperatives cooperatives(Lake lake) {
        return new Cooperatives(lake);
    }

    @Bean
    MappingStore mappingStore(Lake lake) {
        return new MappingStore(lake);
    }

    @Bean
    SellerDataExport sellerDataExport(Lake lake) {
        return new SellerDataExport(lake);
    }

    @Bean
    SellerDataEraser sellerDataEraser(Lake lake) {
        return new SellerDataEraser(lake);
    }

    @Bean
    RatesStore ratesStore(Lake lake) {
        return new RatesStore(lake);
    }

    @Bean(destroyMethod = "close")
    DuckDbEngine duckDbEngine(Lake lake, RatesStore rates, EggbasketProperties properties) {
        return new DuckDbEngine(lake, rates, properties.duckdbMemory());
    }

    @Bean
    SellerProfiles sellerProfiles(Lake lake) {
        return new SellerProfiles(lake);
    }

    /**
     * The seller reports' engine: a DuckDB of its own with one thread (many small concurrent reports use the
     * cores better that way; the market report keeps both threads in {@link #duckDbEngine}), whose answers are
     * kept while the seller's file and the rates stay the same.
     */
    @Bean(destroyMethod = "close")
    SalesEngine sellerEngine(Lake lake, RatesStore rates, EggbasketProperties properties) {
        return new CachingSalesEngine(new DuckDbEngine(lake, rates, properties.duckdbMemory(), 1),
                seller -> SellerDataVersion.of(lake.salesFile(seller)), properties.reportCacheRows());
    }

    @Bean
    SellerAnalytics sellerAnalytics(SalesEngine sellerEngine, Lake lake, SellerProfiles profiles) {
        return new SellerAnalytics(sellerEngine, new ConcentrationCalculator(RiskThresholds.DEFAULT), FeeSchedules.load(lake),
                profiles::get);
    }

    /** The advisor's portfolio: every client in one query on the two-thread engine (DESIGN §10). */
    @Bean
    Portfolio portfolio(DuckDbEngine duckDbEngine) {
        return new Portfolio(duckDbEngine, new ConcentrationCalculator(RiskThresholds.DEFAULT));
    }

    @Bean
    Scenarios scenarios(SellerAnalytics analytics) {
        return new Scenarios(analytics, new ConcentrationCalculator(RiskThresholds.DEFAULT));
    }

    @Bean
    AccountStore accountStore(EggbasketProperties properties) {
        return new AccountStore(properties.data());
    }

    /** Invitation links for new sellers, their tokens stored hashed (issue 14). */
    @Bean
    SignupLinks signupLinks(EggbasketProperties properties, java.time.Clock clock) {
        return new SignupLinks(properties.data(), clock);
    }

    @Bean
    Signup signup(SignupLinks links, AccountStore accounts, AccountPasswords passwords,
                  app.eggbasket.dashboard.sharing.GrantStore grants, Cooperatives cooperatives, Lake lake) {
        return new Signup(links, accounts, passwords, grants, cooperatives, lake);
    }

    /** Every password set goes through the policy of NIST SP 800-63B (see {@link PasswordPolicy}). */
    @Bean
    AccountPasswords accountPasswords(AccountStore accounts, PasswordEncoder encoder) {
        return new AccountPasswords(accounts, encoder, PasswordPolicy.standard());
    }
}
