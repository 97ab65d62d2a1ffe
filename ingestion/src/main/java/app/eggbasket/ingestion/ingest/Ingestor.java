package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.format.DetectedExport;
import app.eggbasket.ingestion.format.FormatRegistry;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.lake.BuyerPseudonymiser;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeWriter;
import app.eggbasket.ingestion.lake.PseudonymKey;
import app.eggbasket.ingestion.lake.RawStore;
import app.eggbasket.ingestion.lake.SellerIds;
import app.eggbasket.ingestion.read.ExportText;
import app.eggbasket.ingestion.read.FileRefusedException;
import app.eggbasket.ingestion.read.Rejection;
import app.eggbasket.ingestion.sale.Channel;
import app.eggbasket.ingestion.sale.SaleLine;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Ingests uploaded exports into the lake: detect the format, parse every row, keep the raw file,
 * merge the accepted lines, record what the file gave. A file with a structural problem is refused
 * whole and nothing of it is stored; a bad row is rejected alone.
 */
public final class Ingestor {

    static final int MAX_REJECTIONS_KEPT = 200;

    private final Lake lake;
    private final FormatRegistry registry;
    private final LakeWriter writer;
    private final RawStore raw;
    private final UploadLog log;
    private final BuyerPseudonymiser pseudonymiser;
    private final Clock clock;

    public Ingestor(Lake lake, FormatRegistry registry, Clock clock) {
        this.lake = lake;
        this.registry = registry;
        this.writer = new LakeWriter(lake);
        this.raw = new RawStore(lake);
        this.log = new UploadLog(lake);
        this.pseudonymiser = PseudonymKey.load(lake);
        this.clock = clock;
    }

    public Ingestor(Lake lake, FormatRegistry registry) {
        this(lake, registry, Clock.systemUTC());
    }

    /** The formats this ingestor recognises, in registry order. */
    public FormatRegistry formats() {
        return registry;
    }

    public UploadLog uploads() {
        return log;
    }

    /**
     * Ingests one file for a seller.
     *
     * @param channelOverride the seller's channel for this file, or null for the format's default
     * @return what the file gave; {@link FileSummary#refused()} when it was refused
     */
    public FileSummary ingest(String sellerId, String fileName, byte[] content, Channel channelOverride, ZoneId zone) {
        SellerIds.require(sellerId);
        String uploadId = sha256(content);
        DetectedExport export;
        try {
            export = registry.detect(ExportText.decode(fileName, content));
        } catch (FileRefusedException e) {
            return FileSummary.refused(fileName, uploadId, null, null, e.reason());
        }
        ParseContext context = new ParseContext(sellerId, uploadId, fileName, zone, channelOverride, pseudonymiser);
        Parsed parsed = new Parsed();
        try {
            ExportParser.parse(export, context, parsed::add);
        } catch (FileRefusedException e) {
            return FileSummary.refused(fileName, uploadId, export.format().id(), export.format().label(), e.reason());
        }
        Instant now = clock.instant();
        raw.keep(sellerId, uploadId, content);
        LakeWriter.MergeResult merge = parsed.lines.isEmpty() ? new LakeWriter.MergeResult(0, 0, 0)
                : writer.merge(sellerId, parsed.lines, now);
        Channel channel = channelOverride != null ? channelOverride : export.format().defaultChannel();
        FileSummary summary = new FileSummary(fileName, uploadId, export.format().id(), export.format().label(),
                parsed.channelsLabel(channel), parsed.kindsLabel(channel),
                parsed.lines.size(), merge.linesWritten(), merge.duplicates(), parsed.rejected, parsed.skipped,
                List.copyOf(parsed.rejections), Map.copyOf(parsed.skipReasons),
                parsed.first, parsed.last, List.copyOf(parsed.currencies), null);
        log.record(sellerId, now, summary);
        return summary;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accumulates row results of one file. */
    private static final class Parsed {
        final List<SaleLine> lines = new ArrayList<>();
        final List<Rejection> rejections = new ArrayList<>();
        final Map<String, Integer> skipReasons = new TreeMap<>();
        final TreeSet<String> currencies = new TreeSet<>();
        final TreeSet<String> channels = new TreeSet<>();
        final TreeSet<String> kinds = new TreeSet<>();
        int rejected;
        int skipped;
        LocalDate first;
        LocalDate last;

        void add(RowResult result) {
            if (result instanceof RowResult.Accepted accepted) {
                SaleLine line = accepted.sale();
                lines.add(line);
                currencies.add(line.currency());
                channels.add(line.channel());
                kinds.add(line.channelKind().name());
                first = first == null || line.orderDate().isBefore(first) ? line.orderDate() : first;
                last = last == null || line.orderDate().isAfter(last) ? line.orderDate() : last;
            } else if (result instanceof RowResult.Rejected rejectedRow) {
                rejected++;
                if (rejections.size() < MAX_REJECTIONS_KEPT) {
                    rejections.add(rejectedRow.rejection());
                }
            } else if (result instanceof RowResult.Skipped skip) {
                skipped++;
                skipReasons.merge(skip.reason(), 1, Integer::sum);
            }
        }

        String channelsLabel(Channel fallback) {
            return channels.isEmpty() ? fallback.name() : String.join(", ", channels);
        }

        String kindsLabel(Channel fallback) {
            return kinds.isEmpty() ? fallback.kind().name() : String.join(", ", kinds);
        }
    }
}
