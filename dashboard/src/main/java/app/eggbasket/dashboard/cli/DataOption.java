package app.eggbasket.dashboard.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data DIR} option shared by every command. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data",
            description = "Data directory (lake, uploads, accounts). Default: ${DEFAULT-VALUE}")
    Path data;
}
