package app.eggbasket.dashboard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code eggbasket} command line (DESIGN §6). Without a command it serves the dashboard.
 * Exit codes: 0 success, 2 a file was refused or the arguments were wrong, 1 any other failure.
 */
@Command(name = "eggbasket", mixinStandardHelpOptions = true, version = "eggbasket 0.1.0",
        description = "Shows how much of a seller's revenue depends on any single sales platform.",
        subcommands = {ServeCommand.class, IngestCommand.class, ReportCommand.class, RatesCommand.class, UserCommand.class,
                MappingCommand.class, ProfileCommand.class, FeesCommand.class, ScenarioCommand.class,
                ConsentCommand.class, CoopCommand.class, MarketReportCommand.class, CompactCommand.class, GenerateCommand.class,
                BackupCommand.class, RestoreCommand.class})
public final class EggbasketCli implements Runnable {

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[]{"serve"} : args;
        int code = commandLine().execute(effective);
        if (!(effective.length > 0 && effective[0].equals("serve") && code == 0)) {
            System.exit(code);
        }
    }

    /** The command line with Eggbasket's error handling: a failing command prints one line, not a stack trace. */
    static CommandLine commandLine() {
        return new CommandLine(new EggbasketCli())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("eggbasket: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return 1;
                });
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
