package app.eggbasket.dashboard.cli;

import app.eggbasket.ingestion.lake.LakeWriter;
import app.eggbasket.ingestion.format.Formats;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.ingest.FileSummary;
import app.eggbasket.ingestion.ingest.Ingestor;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.SellerIds;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.mapping.ColumnMapping;
import app.eggbasket.ingestion.mapping.DamageWarning;
import app.eggbasket.ingestion.mapping.ExcelDamage;
import app.eggbasket.ingestion.mapping.FileSample;
import app.eggbasket.ingestion.mapping.MappedFormat;
import app.eggbasket.ingestion.mapping.MappingJson;
import app.eggbasket.ingestion.mapping.MappingStore;
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
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code eggbasket ingest}: one summary line per file; exit 2 when a file was refused. Files no standard
 * format knows are read with the seller's saved mappings, or with {@code --mapping FILE} for all the
 * files given; files read with a mapping (or refused as unknown) get Excel-damage warnings.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest sales exports (Etsy, Shopify, PayPal, Square…) for a seller, or with --tree for many "
                + "sellers at once (one sub-folder per seller).")
final class IngestCommand implements Callable<Integer> {

    private static final int REJECTIONS_SHOWN = 10;

    @Mixin
    DataOption data;

    @Option(names = "--seller", description = "Seller id (lower-case letters, digits, '-')")
    String seller;

    @Option(names = "--tree", paramLabel = "FOLDER",
            description = "Ingest every file of every sub-folder of FOLDER, each sub-folder named by its seller id")
    Path tree;

    @Option(names = "--channel", description = "Channel name for these files (default: the format's, e.g. etsy)")
    String channel;

    @Option(names = "--kind", description = "Channel kind: MARKETPLACE, SOCIAL, OWN_SHOP, IN_PERSON, WHOLESALE, DIRECT")
    String kind;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "A column mapping (JSON, as the upload page's wizard saves it) to read these files with")
    Path mapping;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Export files")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        if ((tree == null) == (seller == null) || (tree != null && !files.isEmpty()) || (seller != null && files.isEmpty())) {
            throw new IllegalArgumentException("give either --seller ID FILE... or --tree FOLDER");
        }
        Channel override = channelOverride();
        Lake lake = new Lake(data.data);
        // what an ingest killed mid-way left in lake/.tmp (the lake itself is intact: files are replaced atomically)
        new LakeWriter(lake).sweepLeftovers();
        Ingestor ingestor = new Ingestor(lake, Formats.standard());
        if (tree != null) {
            if (!Files.isDirectory(tree)) {
                throw new IllegalArgumentException(tree + " is not a folder");
            }
            return new TreeIngest(ingestor, new MappingStore(lake), override, System.out, System.err).run(tree) ? 2 : 0;
        }
        SellerIds.require(seller);
        MappedFormat forced = mapping == null ? null : new MappedFormat(readMapping(mapping));
        List<SaleFormat> saved = new MappingStore(lake).formats(seller);
        PrintStream out = System.out;
        boolean refused = false;
        for (Path file : files) {
            FileSummary summary = ingest(ingestor, file, override, forced, saved);
            out.println(summary.oneLine());
            if (forced != null || isMapped(summary) || ingestor.canMap(seller, summary)) {
                warnings(file).forEach(w -> out.println("  warning: " + w.sentence(Locale.ENGLISH)));
            } else if (!summary.refused()) {
                ingestor.formats().byId(summary.formatId()).ifPresent(format -> knownFormatWarnings(file, format)
                        .forEach(w -> out.println("  warning: " + w.sentence(Locale.ENGLISH))));
            }
            if (ingestor.canMap(seller, summary)) {
                out.println("  map its columns in the upload page, or give a mapping with --mapping FILE");
            }
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

    private static ColumnMapping readMapping(Path file) {
        try {
            return MappingJson.read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the mapping " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isMapped(FileSummary summary) {
        return summary.formatId() != null && summary.formatId().startsWith(MappedFormat.ID_PREFIX);
    }

    /** What Excel may have done to a file a known format read: re-saved, and the damage it shows. */
    private static List<DamageWarning> knownFormatWarnings(Path file, SaleFormat format) {
        try {
            return new ExcelDamage().checkUpload(file.getFileName().toString(), Files.readAllBytes(file), format);
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    /** What Excel may have done to the file (read again: only the first rows are looked at). */
    private static List<DamageWarning> warnings(Path file) {
        try {
            return new ExcelDamage().check(FileSample.of(file.getFileName().toString(), Files.readAllBytes(file), 200));
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    private FileSummary ingest(Ingestor ingestor, Path file, Channel override, MappedFormat forced, List<SaleFormat> saved) {
        String name = file.getFileName().toString();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return FileSummary.refused(name, null, null, null, "cannot read the file: " + e.getMessage());
        }
        if (forced != null) {
            return ingestor.ingestWith(seller, name, content, forced, override, ParseContext.DEFAULT_ZONE);
        }
        return ingestor.ingest(seller, name, content, override, ParseContext.DEFAULT_ZONE, saved);
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
