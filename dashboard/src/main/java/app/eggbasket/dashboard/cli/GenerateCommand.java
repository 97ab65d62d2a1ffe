package app.eggbasket.dashboard.cli;

import app.eggbasket.dashboard.account.Account;
import app.eggbasket.dashboard.account.AccountStore;
import app.eggbasket.dashboard.account.Role;
import app.eggbasket.ingestion.lake.synthetic.SyntheticLake;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code eggbasket generate}: writes a synthetic lake for benchmarks (see {@link SyntheticLake}) and logins
 * for some of its sellers: the biggest ones and a random sample. Their passwords are random and written,
 * owner-readable only, to {@code <out>/bench-logins.csv} for the load scripts.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic lake (skewed sellers, 12 channels, 2 years) for benchmarks.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Data directory to create (must hold no sales)")
    Path out;

    @Option(names = "--sellers", defaultValue = "100000", description = "Number of sellers. Default: ${DEFAULT-VALUE}")
    int sellers;

    @Option(names = "--lines", defaultValue = "10000000", description = "Number of sale lines. Default: ${DEFAULT-VALUE}")
    long lines;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed gives the same lake. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--accounts", defaultValue = "64",
            description = "Logins to create: the 8 biggest sellers and a random sample. Default: ${DEFAULT-VALUE}")
    int accounts;

    @Override
    public Integer call() throws IOException {
        SyntheticLake generator = new SyntheticLake(out, sellers, lines, seed, line -> System.err.println("  " + line));
        System.err.printf("Generating %,d lines for %,d sellers (seed %d) into %s%n", lines, sellers, seed,
                out.toAbsolutePath().normalize());
        SyntheticLake.Result result = generator.write();
        System.out.printf("Wrote %,d lines in %,d seller files in %.1f s%n", result.lines(), result.files(), result.seconds());
        long started = System.nanoTime();
        List<SyntheticLake.Seller> chosen = loginSellers(result.sellers(), accounts, seed);
        writeLogins(chosen);
        System.out.printf("Saved %d logins (username = seller id) in %s (%.1f s)%n", chosen.size(),
                out.resolve("bench-logins.csv"), (System.nanoTime() - started) / 1e9);
        List<SyntheticLake.Seller> bySize = result.sellers().stream()
                .sorted(Comparator.comparingLong(SyntheticLake.Seller::lines).reversed()).toList();
        System.out.printf("Lines per seller: max %,d, p99 %,d, median %,d, min %,d%n", bySize.get(0).lines(),
                bySize.get(bySize.size() / 100).lines(), bySize.get(bySize.size() / 2).lines(),
                bySize.get(bySize.size() - 1).lines());
        return 0;
    }

    /** The 8 biggest sellers (or fewer), then sellers drawn at random, in a fixed order for the seed. */
    static List<SyntheticLake.Seller> loginSellers(List<SyntheticLake.Seller> all, int count, long seed) {
        Set<SyntheticLake.Seller> chosen = new LinkedHashSet<>();
        all.stream().sorted(Comparator.comparingLong(SyntheticLake.Seller::lines).reversed())
                .limit(Math.min(8, count)).forEach(chosen::add);
        Random random = new Random(seed * 31 + 7);
        while (chosen.size() < Math.min(count, all.size())) {
            chosen.add(all.get(random.nextInt(all.size())));
        }
        return new ArrayList<>(chosen);
    }

    private void writeLogins(List<SyntheticLake.Seller> chosen) throws IOException {
        AccountStore store = new AccountStore(out);
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        SecureRandom random = new SecureRandom();
        StringBuilder csv = new StringBuilder("seller_id,username,password,lines,group\n");
        int n = 0;
        for (SyntheticLake.Seller seller : chosen) {
            String password = password(random);
            store.save(new Account(seller.id(), encoder.encode(password), Role.SELLER, seller.id()));
            csv.append(seller.id()).append(',').append(seller.id()).append(',').append(password).append(',')
                    .append(seller.lines()).append(',').append(n++ < 8 ? "top" : "sample").append('\n');
        }
        Path file = out.resolve("bench-logins.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the data directory's own protection applies
        }
    }

    private static String password(SecureRandom random) {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            p.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return p.toString();
    }
}
