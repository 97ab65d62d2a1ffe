package app.eggbasket.dashboard.cli;

import app.eggbasket.dashboard.EggbasketApplication;
import app.eggbasket.dashboard.demo.DemoData;
import app.eggbasket.dashboard.demo.DemoLogin;
import app.eggbasket.ingestion.lake.Lake;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code eggbasket serve}: the dashboard. With an empty data directory and outside the {@code prod}
 * profile, the demo sellers are loaded first and their logins printed. A production profile never
 * loads the demo and refuses a data directory that holds it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the dashboard (default command).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--no-demo", description = "Do not load the demo sellers into an empty data directory")
    boolean noDemo;

    @Override
    public Integer call() {
        boolean production = isProductionProfile();
        Lake lake = new Lake(data.data);
        boolean demo = DemoData.isDemo(data.data);
        if (production && demo) {
            System.err.println("eggbasket: " + data.data.toAbsolutePath().normalize() + " holds the demo data; "
                    + "a production profile never serves it. Use another --data directory.");
            return 2;
        }
        if (!production && !noDemo && lake.isEmpty() && !demo) {
            System.out.println("No data yet in " + data.data.toAbsolutePath().normalize() + ": loading the demo sellers…");
            DemoData.install(data.data);
            demo = true;
        }
        SpringApplication.run(EggbasketApplication.class,
                "--eggbasket.data=" + data.data.toAbsolutePath().normalize(),
                "--server.port=" + port,
                "--eggbasket.demo=" + demo);
        System.out.println("Eggbasket is running on http://localhost:" + port);
        if (demo) {
            printLogins(DemoData.logins(), port);
        }
        return 0;
    }

    private static void printLogins(List<DemoLogin> logins, int port) {
        System.out.println("Demo mode. Log in at http://localhost:" + port + "/login with:");
        for (DemoLogin login : logins) {
            System.out.printf("  %-12s password %-16s %s%n", login.username(), login.password(), login.description());
        }
    }

    private static boolean isProductionProfile() {
        String profiles = System.getProperty("spring.profiles.active", System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", ""));
        return Arrays.stream(profiles.split(",")).map(String::trim).anyMatch(p -> p.equals("prod") || p.equals("production"));
    }
}
