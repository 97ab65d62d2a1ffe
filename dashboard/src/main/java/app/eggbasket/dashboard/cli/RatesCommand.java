package app.eggbasket.dashboard.cli;

import app.eggbasket.analytics.currency.EcbRates;
import app.eggbasket.analytics.currency.RatesStore;
import app.eggbasket.analytics.currency.RatesUpdate;
import app.eggbasket.ingestion.lake.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code eggbasket rates import FILE}: merges an ECB {@code eurofxref-hist.csv} (or the 90-day file) into
 * the rates reports convert with; {@code eggbasket rates update}: the same from the ECB's site;
 * {@code eggbasket rates show}: which days and currencies they cover.
 */
@Command(name = "rates", mixinStandardHelpOptions = true,
        description = "The ECB euro reference rates used to convert currencies.",
        subcommands = {RatesCommand.Import.class, RatesCommand.Update.class, RatesCommand.Show.class})
final class RatesCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("Usage: eggbasket rates import [--data DIR] FILE   |   eggbasket rates update [--data DIR] [--url URL]"
                + "   |   eggbasket rates show [--data DIR]");
    }

    static String describe(EcbRates rates) {
        return "ECB rates from " + rates.firstDate() + " to " + rates.lastDate() + ", " + rates.currencies().size()
                + " currencies (" + String.join(", ", rates.currencies()) + ")";
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Merge an ECB eurofxref-hist.csv (https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip, unzipped) "
                    + "into the rates; its days replace the ones already known.")
    static final class Import implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Parameters(paramLabel = "FILE", description = "eurofxref-hist.csv")
        Path file;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                System.err.println("eggbasket: " + file + ": no such file");
                return 2;
            }
            try {
                EcbRates rates = new RatesStore(new Lake(data.data)).importFile(file);
                System.out.println("Imported " + file.getFileName() + ". " + describe(rates) + ".");
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println("eggbasket: " + file.getFileName() + ": " + e.getMessage() + "; nothing was imported");
                return 2;
            }
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Download the ECB's reference rates of the last 90 days and merge them into the rates "
                    + "(what a running dashboard does every working day).")
    static final class Update implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Option(names = "--url", paramLabel = "URL", description = "where to download from (default: ${DEFAULT-VALUE}); "
                + "any ECB rates file: the 90-day or daily XML, eurofxref-hist.zip, a CSV")
        URI url = RatesUpdate.ECB_90_DAYS;

        @Option(names = "--timeout", paramLabel = "SECONDS", description = "give up after this long (default: ${DEFAULT-VALUE})")
        int timeoutSeconds = 30;

        @Override
        public Integer call() {
            try {
                RatesUpdate.Outcome outcome = new RatesUpdate(new RatesStore(new Lake(data.data)),
                        Duration.ofSeconds(timeoutSeconds)).from(url);
                System.out.println("Updated from " + url + ": " + outcome.ratesAdded() + " new rate(s); rates now end on "
                        + outcome.lastAfter() + " (before: " + outcome.lastBefore() + ").");
                return 0;
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("eggbasket: " + e.getMessage() + "; the rates were not changed");
                return 2;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Which days and currencies the rates cover.")
    static final class Show implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Override
        public Integer call() {
            System.out.println(describe(new RatesStore(new Lake(data.data)).current()) + ".");
            return 0;
        }
    }
}
