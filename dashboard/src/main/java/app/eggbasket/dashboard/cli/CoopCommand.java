package app.eggbasket.dashboard.cli;

import app.eggbasket.analytics.cooperative.Cooperative;
import app.eggbasket.analytics.cooperative.Cooperatives;
import app.eggbasket.analytics.cooperative.Members;
import app.eggbasket.analytics.market.DisclosureRules;
import app.eggbasket.ingestion.lake.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code eggbasket coop add|list}: the cooperatives of the installation (DESIGN §10). */
@Command(name = "coop", mixinStandardHelpOptions = true, description = "Manage cooperatives.",
        subcommands = {CoopCommand.Add.class, CoopCommand.List.class})
final class CoopCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("Usage: eggbasket coop add --id ID --name NAME [--min-sellers 3] [--dominance 0.85] | coop list");
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create a cooperative.")
    static final class Add implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Option(names = "--id", required = true, description = "2-63 lower-case letters, digits or '-'")
        String id;

        @Option(names = "--name", required = true, description = "The name members and the public read")
        String name;

        @Option(names = "--min-sellers", description = "Fewest sellers in a published cell. Default: 3")
        Integer minSellers;

        @Option(names = "--dominance", description = "Largest share of one seller in a published cell. Default: 0.85")
        BigDecimal dominance;

        @Override
        public Integer call() {
            Cooperative coop;
            try {
                coop = new Cooperative(id, name, minSellers == null ? DisclosureRules.DEFAULT.minSellers() : minSellers,
                        dominance == null ? DisclosureRules.DEFAULT.dominance() : dominance, Instant.now());
            } catch (IllegalArgumentException e) {
                System.err.println("eggbasket: " + e.getMessage());
                return 2;
            }
            try {
                new Cooperatives(new Lake(data.data)).create(coop);
            } catch (IllegalStateException e) {
                System.err.println("eggbasket: " + e.getMessage());
                return 1;
            }
            System.out.println("Created cooperative " + coop.id() + " (" + coop.name() + "), cells of at least "
                    + coop.minSellers() + " sellers, none above " + coop.dominance().toPlainString());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the cooperatives.")
    static final class List implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Override
        public Integer call() {
            Cooperatives coops = new Cooperatives(new Lake(data.data));
            System.out.println("id\tname\tmin_sellers\tdominance\tmembers\tconsenting");
            for (Cooperative c : coops.all()) {
                Members members = coops.members(c.id());
                System.out.println(c.id() + "\t" + c.name() + "\t" + c.minSellers() + "\t" + c.dominance().toPlainString()
                        + "\t" + members.current().size() + "\t" + members.consents().consenting().size());
            }
            return 0;
        }
    }
}
