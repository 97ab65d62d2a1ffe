package app.eggbasket.dashboard.cli;

import app.eggbasket.analytics.market.ConsentStore;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.SellerIds;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code eggbasket consent}: a member opts in to the cooperative market report, or withdraws; without --on/--off, tells. */
@Command(name = "consent", mixinStandardHelpOptions = true,
        description = "Whether a seller's sales count, anonymously, in the cooperative market report (opt-in).")
final class ConsentCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--seller", required = true, description = "Seller id")
    String seller;

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
        ConsentStore store = new ConsentStore(new Lake(data.data));
        if (choice != null && choice.on) {
            store.give(seller);
        } else if (choice != null && choice.off) {
            store.withdraw(seller);
        }
        System.out.println(store.since(seller)
                .map(since -> seller + " contributes to the market report (consent given " + since + ")")
                .orElse(seller + " does not contribute to the market report"));
        return 0;
    }
}
