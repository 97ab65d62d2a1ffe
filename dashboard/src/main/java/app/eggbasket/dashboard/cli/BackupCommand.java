package app.eggbasket.dashboard.cli;

import app.eggbasket.ingestion.backup.Backup;
import app.eggbasket.ingestion.lake.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code eggbasket backup --data DIR --to FILE}: a consistent copy of the data directory as one zip, safe to run while
 * the dashboard serves and sellers upload (each seller's files are copied under her write lock). {@code restore}
 * puts it back.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copies the data directory into one zip, consistently, while the dashboard runs.")
final class BackupCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--to", paramLabel = "FILE", required = true, description = "The zip to write (replaced if it exists).")
    Path to;

    @Override
    public Integer call() {
        if (!Files.isDirectory(data.data)) {
            throw new IllegalArgumentException(data.data + " is not a data directory");
        }
        long start = System.nanoTime();
        Backup.Result result = new Backup(new Lake(data.data)).writeTo(to);
        System.out.printf("backed up %d seller(s), %d file(s), %.1f MB into %s in %.1f s%n", result.sellers(), result.files(),
                result.bytes() / 1e6, to, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
