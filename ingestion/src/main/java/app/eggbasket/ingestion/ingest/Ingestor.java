package app.eggbasket.ingestion.ingest;

import app.eggbasket.ingestion.format.DetectedExport;
import app.eggbasket.ingestion.format.FormatNotRecognisedException;
import app.eggbasket.ingestion.format.FormatRegistry;
import app.eggbasket.ingestion.format.ParseContext;
import app.eggbasket.ingestion.format.SaleFormat;
import app.eggbasket.ingestion.lake.BuyerPseudonymiser;
import app.eggbasket.ingestion.lake.IncomingLines;
import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.LakeWriter;
import app.eggbasket.ingestion.lake.PseudonymKey;
import app.eggbasket.ingestion.lake.RawStore;
import app.eggbasket.ingestion.lake.SellerIds;
import app.eggbasket.ingestion.read.ExportText;
import app.eggbasket.ingestion.read.FileRefusedException;
import app.eggbasket.ingestion.read.RefusalReason;
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
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

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
        this.writer = new LakeWriter(lake, registry.ledgerIds());
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
     * Ingests one file for a seller, with the standard formats only.
     *
     * @param channelOverride the seller's channel for this file, or null for the format's default
     * @return what the file gave; {@link FileSummary#refused()} when it was refused
     */
    public FileSummary ingest(String sellerId, String fileName, byte[] content, Channel channelOverride, ZoneId zone) {
        return ingest(sellerId, fileName, content, channelOverride, zone, List.of());
    }

    /**
     * Ingests one file for a seller. The standard formats are tried first; a file none of them knows is
     * read with the first of {@code extraFormats} (the seller's saved mappings) whose header it has.
     * A file no format knows is refused, but kept raw so the seller can map its columns
     * ({@link #canMap}).
     */
    public FileSummary ingest(String sellerId, String fileName, byte[] content, Channel channelOverride, ZoneId zone,
                              List<SaleFormat> extraFormats) {
        SellerIds.require(sellerId);
        String uploadId = sha256(content);
        return DiskFull.guard(fileName, uploadId, () -> ingest(sellerId, fileName, content, uploadId, channelOverride, zone,
                extraFormats));
    }

    private FileSummary ingest(String sellerId, String fileName, byte[] content, String uploadId, Channel channelOverride,
                               ZoneId zone, List<SaleFormat> extraFormats) {
        ExportText text;
        try {
            text = ExportText.decode(fileName, content);
        } catch (FileRefusedException e) {
            return refused(sellerId, FileSummary.refused(uploadId, null, null, e));
        }
        DetectedExport export;
        try {
            export = detect(text, extraFormats);
        } catch (FormatNotRecognisedException e) {
            raw.keep(sellerId, uploadId, content);
            return refused(sellerId, FileSummary.refused(uploadId, null, null, e));
        } catch (FileRefusedException e) {
            return refused(sellerId, FileSummary.refused(uploadId, null, null, e));
        }
        return ingestDetected(sellerId, fileName, content, uploadId, export, channelOverride, zone);
    }

    /** A refused file goes into her upload history too, so she sees what she sent and why it was not read. */
    private FileSummary refused(String sellerId, FileSummary summary) {
        log.record(sellerId, clock.instant(), summary);
        return summary;
    }

    /**
     * Ingests one file with the given format only (a mapping the seller chose): refused when the file
     * does not have the format's header.
     */
    public FileSummary ingestWith(String sellerId, String fileName, byte[] content, SaleFormat format,
                                  Channel channelOverride, ZoneId zone) {
        SellerIds.require(sellerId);
        String uploadId = sha256(content);
        return DiskFull.guard(fileName, uploadId, () -> ingestWith(sellerId, fileName, content, uploadId, format,
                channelOverride, zone));
    }

    private FileSummary ingestWith(String sellerId, String fileName, byte[] content, String uploadId, SaleFormat format,
                                   Channel channelOverride, ZoneId zone) {
        DetectedExport export;
        try {
            export = new FormatRegistry(List.of(format)).detect(ExportText.decode(fileName, content));
        } catch (FileRefusedException e) {
            return refused(sellerId, FileSummary.refused(uploadId, format.id(), format.label(), e));
        }
        return ingestDetected(sellerId, fileName, content, uploadId, export, channelOverride, zone);
    }

    /**
     * What the first rows of a file give with a format, stored nowhere: for the mapping wizard's preview.
     *
     * @param limit the number of rows to read
     * @return the row results, or the reason the whole file is refused
     */
    public Preview preview(String sellerId, String fileName, byte[] content, SaleFormat format, int limit) {
        SellerIds.require(sellerId);
        List<RowResult> rows = new ArrayList<>();
        try {
            DetectedExport export = new FormatRegistry(List.of(format)).detect(ExportText.decode(fileName, content));
            ParseContext context = new ParseContext(sellerId, sha256(content), fileName, ParseContext.DEFAULT_ZONE,
                    null, pseudonymiser);
            ExportParser.parse(export, context, row -> {
                if (rows.size() < limit) {
                    rows.add(row);
                }
            });
        } catch (FileRefusedException e) {
            return new Preview(List.copyOf(rows), e.reason(), e.why());
        }
        return new Preview(List.copyOf(rows), null, null);
    }

    /** The first rows a format makes of a file, or why it refuses the file (in English, and as a message key). */
    public record Preview(List<RowResult> rows, String refusal, RefusalReason refusalReason) {
    }

    /** Whether a refused file was refused only because no format knows it, and is kept so its columns can be mapped. */
    public boolean canMap(String sellerId, FileSummary summary) {
        return summary.refused() && summary.formatId() == null && summary.uploadId() != null
                && raw.read(sellerId, summary.uploadId()).isPresent();
    }

    /** The raw file of one of the seller's uploads, if kept. */
    public Optional<byte[]> rawUpload(String sellerId, String uploadId) {
        return raw.read(sellerId, uploadId);
    }

    private DetectedExport detect(ExportText text, List<SaleFormat> extraFormats) {
        try {
            return registry.detect(text);
        } catch (FormatNotRecognisedException unknown) {
            if (extraFormats.isEmpty()) {
                throw unknown;
            }
            try {
                return new FormatRegistry(extraFormats).detect(text);
            } catch (FormatNotRecognisedException notMapped) {
                throw unknown;
            }
        }
    }

    private FileSummary ingestDetected(String sellerId, String fileName, byte[] content, String uploadId,
                                       DetectedExport export, Channel channelOverride, ZoneId zone) {
        ParseContext context = new ParseContext(sellerId, uploadId, fileName, zone, channelOverride, pseudonymiser);
        try (Parsed parsed = new Parsed(() -> writer.begin(sellerId))) {
            try {
                ExportParser.parse(export, context, parsed::add);
            } catch (FileRefusedException e) {
                return refused(sellerId, FileSummary.refused(uploadId, export.format().id(), export.format().label(), e));
            }
            Instant now = clock.instant();
            LakeWriter.MergeResult merge;
            try (RawCopy rawCopy = new RawCopy(raw, sellerId, uploadId, content)) {
                if (parsed.incoming == null) {
                    rawCopy.await();
                    merge = new LakeWriter.MergeResult(0, 0, 0);
                } else {
                    merge = writer.merge(parsed.incoming, now, rawCopy::await);
                }
            }
            Channel channel = channelOverride != null ? channelOverride : export.format().defaultChannel();
            FileSummary summary = new FileSummary(fileName, uploadId, export.format().id(), export.format().label(),
                    parsed.channelsLabel(channel), parsed.kindsLabel(channel),
                    parsed.accepted, merge.linesWritten(), merge.duplicates(), parsed.rejected, parsed.skipped,
                    List.copyOf(parsed.rejections), Map.copyOf(parsed.skipReasons),
                    parsed.first, parsed.last, List.copyOf(parsed.currencies), null, null);
            log.record(sellerId, now, summary);
            return summary;
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Accumulates row results of one file; its accepted lines go to the lake writer as they come (staged, not
     * written, until merged), so they are not all held here.
     */
    private static final class Parsed implements AutoCloseable {
        private final Supplier<IncomingLines> staging;
        IncomingLines incoming;
        int accepted;
        final List<Rejection> rejections = new ArrayList<>();
        final Map<String, Integer> skipReasons = new TreeMap<>();
        final TreeSet<String> currencies = new TreeSet<>();
        final TreeSet<String> channels = new TreeSet<>();
        final TreeSet<String> kinds = new TreeSet<>();
        int rejected;
        int skipped;
        LocalDate first;
        LocalDate last;

        Parsed(Supplier<IncomingLines> staging) {
            this.staging = staging;
        }

        void add(RowResult result) {
            if (result instanceof RowResult.Accepted acceptedRow) {
                SaleLine line = acceptedRow.sale();
                if (incoming == null) {
                    incoming = staging.get();
                }
                incoming.add(line);
                accepted++;
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

        /** Discards the staged lines unless they were merged. */
        @Override
        public void close() {
            if (incoming != null) {
                incoming.close();
            }
        }
    }
}
