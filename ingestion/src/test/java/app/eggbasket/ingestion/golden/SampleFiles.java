package app.eggbasket.ingestion.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample exports: {@code <format-id>/<kind>-<case>.<csv|txt>} where kind is {@code valid},
 * {@code excel-fr} (re-saved by French Excel) or {@code faulty}; golden files end in {@code .expected.txt}.
 */
final class SampleFiles {

    static final List<String> KINDS = List.of("valid", "excel-fr", "faulty");

    private SampleFiles() {
    }

    static Path root() {
        String configured = System.getProperty("eggbasket.samples");
        Path root = configured != null ? Path.of(configured)
                : Path.of("..", "data-samples", "src", "main", "resources", "samples");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("sample folder not found: " + root.toAbsolutePath());
        }
        return root;
    }

    static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.walk(root(), 2)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".expected.txt"))
                    .filter(f -> !f.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
    }

    static Path goldenOf(Path sample) {
        String name = sample.getFileName().toString();
        return sample.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.txt");
    }

    static boolean isFaulty(Path sample) {
        return sample.getFileName().toString().startsWith("faulty-");
    }

    static String kindOf(Path sample) {
        String name = sample.getFileName().toString();
        return KINDS.stream().filter(k -> name.startsWith(k + "-")).findFirst().orElse(null);
    }
}
