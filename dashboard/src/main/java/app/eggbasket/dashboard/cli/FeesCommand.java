package app.eggbasket.dashboard.cli;

import app.eggbasket.analytics.fees.FeeRule;
import app.eggbasket.analytics.fees.FeeSchedules;
import app.eggbasket.ingestion.lake.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code eggbasket fees}: the fee schedules that estimate the fees of sales whose export states none. */
@Command(name = "fees", mixinStandardHelpOptions = true,
        description = "The dated fee schedules per platform used when an export states no fees.")
final class FeesCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--channel", description = "Only this channel")
    String channel;

    @Option(names = "--on", paramLabel = "DATE", description = "Only the rules in effect on this day (ISO)")
    LocalDate on;

    @Override
    public Integer call() {
        Lake lake = new Lake(data.data);
        FeeSchedules schedules = FeeSchedules.load(lake);
        System.out.println(Files.exists(FeeSchedules.overrideFile(lake))
                ? "Fee schedules from " + FeeSchedules.overrideFile(lake)
                : "Fee schedules shipped with Eggbasket (copy them to " + FeeSchedules.overrideFile(lake) + " to change them)");
        if (channel != null && !schedules.covers(channel)) {
            System.out.println(channel + ": no fee schedule; its sales count only the fees their exports state.");
            return 0;
        }
        List<FeeRule> rules = (channel == null ? schedules.rules() : schedules.rulesOf(channel)).stream()
                .filter(r -> on == null || schedules.rulesOn(r.channel().split("\\|")[0], on).contains(r))
                .toList();
        System.out.printf("%-22s %-12s %-10s %7s %9s %9s %9s %-4s %-6s %s%n", "channel", "component", "from", "percent",
                "per order", "per unit", "min/unit", "cur", "approx", "source");
        for (FeeRule r : rules) {
            System.out.printf("%-22s %-12s %-10s %7s %9s %9s %9s %-4s %-6s %s%n", r.channel(), r.component(), r.from(),
                    r.percent().toPlainString(), plain(r.perOrder()), plain(r.perUnit()), plain(r.minPerUnit()),
                    r.currency() == null ? "" : r.currency(), r.approximate() ? "yes" : "no", r.source());
        }
        return 0;
    }

    private static String plain(java.math.BigDecimal amount) {
        return amount.signum() == 0 ? "" : amount.toPlainString();
    }
}
