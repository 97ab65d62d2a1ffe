package app.eggbasket.dashboard.cli;

import app.eggbasket.ingestion.backup.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code eggbasket restore --from FILE --data DIR}: a backup put back into a new (or empty) data directory. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Puts a backup back into a data directory that does not exist yet or is empty.")
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--from", paramLabel = "FILE", required = true, description = "The zip made by backup.")
    Path from;

    @Override
    public Integer call() {
        int files = Restore.into(from, data.data);
        System.out.printf("restored %d file(s) into %s; serve it with: ./eggbasket serve --data %s%n", files, data.data, data.data);
        return 0;
    }
}
