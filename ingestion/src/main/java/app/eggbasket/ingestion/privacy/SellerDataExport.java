package app.eggbasket.ingestion.privacy;

import app.eggbasket.ingestion.lake.Lake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything Eggbasket holds about one seller, as one ZIP (the seller's right of access and portability):
 * {@code sales.csv} (her canonical sale lines), {@code uploads/} (what each upload gave, as JSON) and
 * {@code raw/} (the files as she uploaded them), with a README explaining the columns.
 */
public final class SellerDataExport {

    private static final String README = """
            Eggbasket — export of all the data held for seller %s

            sales.csv    one row per sale line read from your exports (DESIGN §3 columns). Amounts are in the
                         currency of their row. buyer_ref is a keyed hash of the buyer's identity: Eggbasket
                         never stores buyer names, e-mails or addresses.
            uploads/     what each upload gave: format, rows accepted, rejected (with reasons), duplicates.
            raw/         the files exactly as you uploaded them, named by their SHA-256.
            mappings/    the column mappings you saved for files no parser knew.
            profile.properties  your profile (the social contribution rate your report uses), if you set it.
            sharing/     the advisors you granted access (grants.json) and every read of your data by someone
                         other than you: who, which page, when (reads.jsonl).
            cooperatives/  each cooperative you were invited to or joined, and since when you consent.

            Ce fichier contient toutes les données qu'Eggbasket conserve pour vous : vos lignes de vente
            (sales.csv, acheteurs pseudonymisés), le résultat de chaque import (uploads/) et vos fichiers
            tels que vous les avez déposés (raw/).
            """;

    private final Lake lake;

    public SellerDataExport(Lake lake) {
        this.lake = lake;
    }

    /** Writes the seller's ZIP to {@code out} (not closed). A seller with no data gets a ZIP with the README only. */
    public void writeZip(String sellerId, OutputStream out) {
        writeZip(sellerId, out, java.util.Map.of());
    }

    /**
     * The same ZIP with more entries, name to content, held outside the lake (the dashboard's sharing
     * records); empty contents are left out.
     */
    public void writeZip(String sellerId, OutputStream out, java.util.Map<String, byte[]> more) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            put(zip, "README.txt", README.formatted(sellerId).getBytes(StandardCharsets.UTF_8));
            Path sales = lake.salesFile(sellerId);
            if (Files.exists(sales)) {
                putSalesCsv(zip, sales);
            }
            putFolder(zip, "uploads/", lake.uploadsDir(sellerId));
            putFolder(zip, "raw/", lake.rawDir(sellerId));
            putFolder(zip, "mappings/", lake.mappingsDir(sellerId));
            if (Files.isRegularFile(lake.profileFile(sellerId))) {
                put(zip, "profile.properties", Files.readAllBytes(lake.profileFile(sellerId)));
            }
            for (var entry : new java.util.TreeMap<>(more).entrySet()) {
                if (entry.getValue().length > 0) {
                    put(zip, entry.getKey(), entry.getValue());
                }
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export the data of seller " + sellerId, e);
        }
    }

    private void putSalesCsv(ZipOutputStream zip, Path sales) throws IOException {
        Files.createDirectories(lake.tmpDir());
        Path csv = lake.tmpDir().resolve("export~" + UUID.randomUUID() + ".csv");
        String parquet = "read_parquet('" + sales.toString().replace("'", "''") + "')";
        try (var db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("COPY (SELECT " + neutralisedColumns(st, parquet) + " FROM " + parquet
                    + " ORDER BY order_date, channel, order_id, line_id) TO '"
                    + csv.toString().replace("'", "''") + "' (HEADER, DELIMITER ',')");
            zip.putNextEntry(new ZipEntry("sales.csv"));
            Files.copy(csv, zip);
            zip.closeEntry();
        } catch (SQLException e) {
            throw new IOException("cannot read " + sales + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /**
     * Every column, a text one neutralised as the dashboard's table downloads are (DESIGN §10, "CSV injection"): a
     * product title such as {@code =HYPERLINK(…)} or {@code @SUM(…)} read from an export is written {@code '=HYPERLINK(…)},
     * so the spreadsheet that opens {@code sales.csv} shows it instead of running it. Numbers and dates stay as they are.
     */
    static String neutralisedColumns(Statement st, String parquet) throws SQLException {
        java.util.List<String> columns = new java.util.ArrayList<>();
        try (var rs = st.executeQuery("DESCRIBE SELECT * FROM " + parquet)) {
            while (rs.next()) {
                String name = "\"" + rs.getString("column_name").replace("\"", "\"\"") + "\"";
                columns.add(rs.getString("column_type").equals("VARCHAR")
                        ? "CASE WHEN " + FormulaTriggers.sqlRisky(name) + " THEN '''' || " + name
                        + " ELSE " + name + " END AS " + name
                        : name);
            }
        }
        return String.join(", ", columns);
    }

    private static void putFolder(ZipOutputStream zip, String prefix, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
        for (Path file : files) {
            put(zip, prefix + file.getFileName(), Files.readAllBytes(file));
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
