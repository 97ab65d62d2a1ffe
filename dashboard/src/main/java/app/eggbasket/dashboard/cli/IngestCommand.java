package app.eggbasket.dashboard.cli;

import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.SellerIds;
import app.eggbasket.ingestion.read.Rejection;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.ChannelKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code eggbasket ingest}: one summary line per file; exit 2 when a file was refused. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest sales exports (Etsy, Shopify, PayPal, Square…) for a seller.")
final class IngestCommand implements Callable<Integer> {

    private static final int REJECTIONS_SHOWN = 10;

    @Mixin
    DataOption data;

    @Option(names = "--seller", required = true, description = "Seller id (lower-case letters, digits, '-')")
    String seller;

    @Option(names = "--channel", description = "Channel name for these files (default: the format's, e.g. etsy)")
    String channel;

    @Option(names = "--kind", description = "Channel kind: MARKETPLACE, SOCIAL, OWN_SHOP, IN_PERSON, WHOLESALE, DIRECT")
    String kind;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Export files")
    List<Path> files;

    @Override
    public Integer call() {
        SellerIds.require(seller);
        Channel override = channelOverride();
        Ingestor ingestor = new Ingestor(new Lake(data.data), Formats.standard());
        PrintStream out = System.out;
        boolean refused = false;
        for (Path file : files) {
            FileSummary summary = ingest(ingestor, file, override);
            out.println(summary.oneLine());
            summary.rejections().stream().limit(REJECTIONS_SHOWN).map(Rejection::toString)
                    .forEach(r -> out.println("  rejected " + r));
            if (summary.rejected() > REJECTIONS_SHOWN) {
                out.println("  … and " + (summary.rejected() - REJECTIONS_SHOWN) + " more rejected rows");
            }
            summary.skipReasons().forEach((reason, count) -> out.println("  not a sale: " + reason + " (" + count + ")"));
            refused |= summary.refused();
        }
        return refused ? 2 : 0;
    }

    private FileSummary ingest(Ingestor ingestor, Path file, Channel override) {
        String name = file.getFileName().toString();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return FileSummary.refused(name, null, null, null, "cannot read the file: " + e.getMessage());
        }
        return ingestor.ingest(seller, name, content, override, ParseContext.DEFAULT_ZONE);
    }

    private Channel channelOverride() {
        if (channel == null && kind == null) {
            return null;
        }
        if (channel == null || kind == null) {
            throw new IllegalArgumentException("--channel and --kind go together (e.g. --channel markets --kind IN_PERSON)");
        }
        return Channel.of(channel, ChannelKind.parse(kind));
    }
}
