package app.eggbasket.dashboard.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The module boundaries of DESIGN §8, held by a test rather than by good intentions. */
class ModuleBoundariesTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.eggbasket");

    @Test
    void ingestionKnowsNothingOfAnalyticsOrDashboard() {
        noClasses().that().resideInAPackage("app.eggbasket.ingestion..")
                .should().dependOnClassesThat().resideInAnyPackage("app.eggbasket.analytics..", "app.eggbasket.dashboard..")
                .check(classes);
    }

    @Test
    void analyticsKnowsNothingOfTheDashboard() {
        noClasses().that().resideInAPackage("app.eggbasket.analytics..")
                .should().dependOnClassesThat().resideInAPackage("app.eggbasket.dashboard..")
                .check(classes);
    }

    @Test
    void onlyTheLakeAndTheDuckDbEngineTalkToDuckDb() {
        noClasses().that().resideOutsideOfPackages("app.eggbasket.ingestion.lake..", "app.eggbasket.analytics.duckdb..")
                .should().dependOnClassesThat().resideInAPackage("org.duckdb..")
                .check(classes);
    }

    @Test
    void sparkStaysOutOfTheDashboardsJvm() {
        // DESIGN §9: the spark module is a separate job; nothing on the dashboard's classpath may reach it
        noClasses().that().resideOutsideOfPackage("app.eggbasket.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("app.eggbasket.spark..", "org.apache.spark..", "scala..")
                .check(classes);
    }

    @Test
    void sparkIsNotOnTheDashboardsClasspath() {
        assertThatThrownBy(() -> Class.forName("org.apache.spark.sql.SparkSession"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void eachKindOfUserHasItsOwnPackage() {
        // the advisor's pages and the cooperative's never reach into the seller's (a seller's consent page does use
        // the cooperative's reports); what they share is in account, security, sharing and web
        noClasses().that().resideInAPackage("app.eggbasket.dashboard.advisor..")
                .should().dependOnClassesThat().resideInAnyPackage("app.eggbasket.dashboard.seller..",
                        "app.eggbasket.dashboard.cooperative..")
                .check(classes);
        noClasses().that().resideInAPackage("app.eggbasket.dashboard.cooperative..")
                .should().dependOnClassesThat().resideInAnyPackage("app.eggbasket.dashboard.seller..",
                        "app.eggbasket.dashboard.advisor..")
                .check(classes);
        noClasses().that().resideInAnyPackage("app.eggbasket.dashboard.sharing..", "app.eggbasket.dashboard.security..",
                        "app.eggbasket.dashboard.account..")
                .should().dependOnClassesThat().resideInAnyPackage("app.eggbasket.dashboard.seller..",
                        "app.eggbasket.dashboard.advisor..", "app.eggbasket.dashboard.cooperative..")
                .check(classes);
    }

    @Test
    void parsersDoNotReachIntoEachOther() {
        for (String platform : new String[]{"etsy", "shopify", "paypal", "square"}) {
            noClasses().that().resideInAPackage("app.eggbasket.ingestion." + platform + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            otherPlatforms(platform))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    private static String[] otherPlatforms(String platform) {
        return java.util.Arrays.stream(new String[]{"etsy", "shopify", "paypal", "square"})
                .filter(p -> !p.equals(platform)).map(p -> "app.eggbasket.ingestion." + p + "..").toArray(String[]::new);
    }
}
