package app.eggbasket.dashboard.cli;

import app.eggbasket.analytics.profile.SellerProfile;
import app.eggbasket.analytics.profile.SellerProfiles;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.SellerIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code eggbasket profile set|show}: the seller's social contribution rate (French micro-entrepreneur:
 * 12.3% for sales of goods, the default; 21.2% for artisanal services; or her own), which reports take
 * on revenue.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "A seller's profile: the social contribution rate taken on her revenue.",
        subcommands = {ProfileCommand.Set.class, ProfileCommand.Show.class})
final class ProfileCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("Usage: eggbasket profile set --seller ID --contribution-rate goods|services|RATE%   |   "
                + "eggbasket profile show --seller ID");
    }

    static String describe(String seller, SellerProfile profile) {
        String activity = switch (profile.activity()) {
            case "goods" -> "sales of goods";
            case "services" -> "artisanal services";
            default -> "own rate";
        };
        return "Seller " + seller + ": social contributions " + profile.percent() + "% of revenue (" + activity + ")";
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Set the seller's contribution rate.")
    static final class Set implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Option(names = "--seller", required = true, description = "Seller id")
        String seller;

        @Option(names = "--contribution-rate", required = true, paramLabel = "RATE",
                description = "goods (12.3%), services (21.2%), a percentage with its sign (22%) or a fraction (0.22)")
        String rate;

        @Override
        public Integer call() {
            SellerIds.require(seller);
            SellerProfile profile;
            try {
                profile = SellerProfile.parse(rate);
            } catch (IllegalArgumentException e) {
                System.err.println("eggbasket: " + e.getMessage());
                return 2;
            }
            new SellerProfiles(new Lake(data.data)).save(seller, profile);
            System.out.println(describe(seller, profile) + ".");
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the seller's contribution rate.")
    static final class Show implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Option(names = "--seller", required = true, description = "Seller id")
        String seller;

        @Override
        public Integer call() {
            SellerIds.require(seller);
            SellerProfiles profiles = new SellerProfiles(new Lake(data.data));
            System.out.println(describe(seller, profiles.get(seller))
                    + (java.nio.file.Files.exists(profiles.file(seller)) ? "." : " (the default: not set)."));
            return 0;
        }
    }
}
