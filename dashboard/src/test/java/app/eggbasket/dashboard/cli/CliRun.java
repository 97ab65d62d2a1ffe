package app.eggbasket.dashboard.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the eggbasket command line in the test's JVM and keeps what it printed (over every run). */
final class CliRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** @return the exit code */
    int run(String... args) {
        PrintStream previousOut = System.out;
        PrintStream previousErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return EggbasketCli.commandLine().execute(args);
        } finally {
            System.setOut(previousOut);
            System.setErr(previousErr);
        }
    }

    /** Forgets what was printed on the output so far (e.g. by the ingest that sets a test up). */
    void resetOutput() {
        out.reset();
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
