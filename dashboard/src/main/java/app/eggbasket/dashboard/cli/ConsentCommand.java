package app.eggbasket.dashboard.cli;

import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.SellerIds;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code eggbasket consent}: a member opts in to a cooperative's market report, or withdraws; without --on/--off,
 * tells. Without {@code --coop}, the default cooperative's, which a seller joins by consenting.
 */
@Command(name = "consent", mixinStandardHelpOptions = true,
        description = "Whether a seller's sales count, anonymously, in a cooperative's market report (opt-in).")
final class ConsentCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--seller", required = true, description = "Seller id")
    String seller;

    @Option(names = "--coop", defaultValue = Cooperative.DEFAULT_ID,
            description = "The cooperative (she must be a member of it, but of the default one). Default: ${DEFAULT-VALUE}")
    String coop;

    @ArgGroup(exclusive = true)
    Choice choice;

    static final class Choice {
        @Option(names = "--on", description = "The seller consents")
        boolean on;

        @Option(names = "--off", description = "The seller withdraws her consent")
        boolean off;
    }

    @Override
    public Integer call() {
        SellerIds.require(seller);
        Lake lake = new Lake(data.data);
        if (!coop.equals(Cooperative.DEFAULT_ID) && new Cooperatives(lake).find(coop).isEmpty()) {
            System.err.println("eggbasket: there is no cooperative '" + coop + "'");
            return 2;
        }
        ConsentStore store = new ConsentStore(lake, coop);
        if (choice != null && choice.on) {
            try {
                store.give(seller);
            } catch (IllegalStateException notMember) {
                System.err.println("eggbasket: " + notMember.getMessage() + "; she joins it from her page first");
                return 2;
            }
        } else if (choice != null && choice.off) {
            store.withdraw(seller);
        }
        String report = coop.equals(Cooperative.DEFAULT_ID) ? "the market report" : "the market report of " + coop;
        System.out.println(store.since(seller)
                .map(since -> seller + " contributes to " + report + " (consent given " + since + ")")
                .orElse(seller + " does not contribute to " + report));
        return 0;
    }
}
