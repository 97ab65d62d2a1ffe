package app.eggbasket.ingestion.fuzz;

import app.eggbasket.ingestion.format.DetectedExport;
import app.eggbasket.ingestion.format.FormatNotRecognisedException;
import app.eggbasket.ingestion.format.FormatRegistry;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.ingest.ExportParser;
import app.eggbasket.ingestion.ingest.RowResult;
import app.eggbasket.ingestion.lake.BuyerPseudonymiser;
import app.eggbasket.ingestion.read.ColumnName;
import app.eggbasket.ingestion.read.ExportText;
import app.eggbasket.ingestion.read.FileRefusedException;
import app.eggbasket.ingestion.read.Rejection;
import app.eggbasket.ingestion.sale.SaleLine;
import app.eggbasket.ingestion.sale.SaleStatus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every parser fuzz test checks. The fuzzer's bytes are a file of one format:
 * <ul>
 *   <li>bytes that start with a zero byte are a whole file after it (a sample file and its mutations,
 *       which fuzz the header and the detection too);</li>
 *   <li>any other bytes are the rows after the format's own header line (every column's first label,
 *       native delimiter), so that random bytes reach the row parser.</li>
 * </ul>
 * The file is decoded ({@link ExportText#decode}), detected ({@link FormatRegistry#detect}) and parsed
 * ({@link ExportParser#parse}). The documented outcomes are a refused file ({@link FileRefusedException},
 * {@link FormatNotRecognisedException}) and, per row, Accepted, Skipped or Rejected with a reason for the
 * seller (not a NullPointerException's message, which {@link ExportParser} also turns into a rejection). Any
 * other exception escaping is a finding, and so is an accepted line that breaks the canonical line's
 * invariants (currency of three capitals, money at scale 2, revenue = items − discount + shipping −
 * refund, or 0 when cancelled).
 */
final class ParserFuzzing {

    static final FormatRegistry REGISTRY = Formats.standard();

    /** The first byte of an input that is a whole file rather than rows under the format's header. */
    static final byte WHOLE_FILE = 0;

    private static final Pattern NULL_POINTER_MESSAGE = Pattern.compile("Cannot .* because .* is null", Pattern.DOTALL);

    private static final ParseContext CONTEXT = new ParseContext("fuzz-seller", "fuzz-upload", "fuzz.csv",
            ParseContext.DEFAULT_ZONE, null,
            new BuyerPseudonymiser("a-fuzzing-key-of-enough-length".getBytes(StandardCharsets.UTF_8)));

    private ParserFuzzing() {
    }

    /** Runs one input through decode, detect and parse, and checks every outcome. */
    static void check(String formatId, byte[] input) {
        SaleFormat format = REGISTRY.byId(formatId).orElseThrow();
        byte[] file = input.length > 0 && input[0] == WHOLE_FILE ? Arrays.copyOfRange(input, 1, input.length)
                : withHeader(format, input);
        DetectedExport export;
        try {
            export = REGISTRY.detect(ExportText.decode("fuzz.csv", file));
        } catch (FileRefusedException refused) {
            return;
        }
        try {
            ExportParser.parse(export, CONTEXT, ParserFuzzing::checkResult);
        } catch (FileRefusedException refused) {
            // a broken CSV structure refuses the whole file
        }
    }

    static byte[] withHeader(SaleFormat format, byte[] rows) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes((headerLine(format) + "\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(rows);
        return file.toByteArray();
    }

    /** The format's header: the first label of every column, quoted where needed, native delimiter. */
    static String headerLine(SaleFormat format) {
        char delimiter = format.nativeDelimiter();
        return format.columns().stream().map(ColumnName::label)
                .map(label -> label.indexOf(delimiter) >= 0 || label.indexOf('"') >= 0
                        ? '"' + label.replace("\"", "\"\"") + '"' : label)
                .collect(Collectors.joining(String.valueOf(delimiter)));
    }

    private static void checkResult(RowResult result) {
        if (result instanceof RowResult.Accepted accepted) {
            checkInvariants(accepted.sale());
        } else if (result instanceof RowResult.Rejected rejected) {
            if (!hasSellersReason(rejected.rejection())) {
                throw new AssertionError("row rejected without a reason for the seller: " + rejected.rejection());
            }
        }
    }

    /**
     * Whether a rejection says what was expected. {@link ExportParser} also turns a NullPointerException into a
     * rejection of the whole row (column {@code -}, no value) whose reason is then Java's message
     * ({@code Cannot invoke "…" because "…" is null}); a reason may quote the rejected value, so only that whole
     * shape counts, not the words alone.
     */
    static boolean hasSellersReason(Rejection rejection) {
        String reason = rejection.reason();
        if (reason == null || reason.isBlank()) {
            return false;
        }
        return !("-".equals(rejection.column()) && NULL_POINTER_MESSAGE.matcher(reason).matches());
    }

    private static void checkInvariants(SaleLine line) {
        if (line.currency() == null || !line.currency().matches("[A-Z]{3}")) {
            throw new AssertionError("currency is not an ISO 4217 code: " + line);
        }
        List<BigDecimal> money = new ArrayList<>(List.of(line.items(), line.discount(), line.shipping(), line.tax(),
                line.refund(), line.revenue()));
        if (line.fees() != null) {
            money.add(line.fees());
        }
        for (BigDecimal amount : money) {
            if (amount.scale() != 2) {
                throw new AssertionError("amount " + amount + " is not at scale 2: " + line);
            }
        }
        BigDecimal expected = line.status() == SaleStatus.CANCELLED ? BigDecimal.ZERO
                : line.items().subtract(line.discount()).add(line.shipping()).subtract(line.refund());
        if (line.revenue().compareTo(expected) != 0) {
            throw new AssertionError("revenue " + line.revenue() + " is not " + expected + ": " + line);
        }
    }

    /**
     * The seeds of a format: each of its sample files whole (after the {@link #WHOLE_FILE} byte), and its
     * rows alone (what follows the first line), which the fuzz test puts after the format's own header.
     */
    static Stream<byte[]> seeds(String formatId) {
        Path folder = samplesRoot().resolve(formatId);
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> samples = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".expected.txt"))
                    .filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
            List<byte[]> seeds = new ArrayList<>();
            for (Path sample : samples) {
                byte[] bytes = Files.readAllBytes(sample);
                seeds.add(wholeFile(bytes));
                seeds.add(afterFirstLine(bytes));
            }
            return seeds.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] wholeFile(byte[] file) {
        byte[] input = new byte[file.length + 1];
        input[0] = WHOLE_FILE;
        System.arraycopy(file, 0, input, 1, file.length);
        return input;
    }

    private static byte[] afterFirstLine(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return Arrays.copyOfRange(bytes, i + 1, bytes.length);
            }
        }
        return new byte[0];
    }

    private static Path samplesRoot() {
        String configured = System.getProperty("eggbasket.samples");
        return configured != null ? Path.of(configured)
                : Path.of("..", "data-samples", "src", "main", "resources", "samples");
    }
}
