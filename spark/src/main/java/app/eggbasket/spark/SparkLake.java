package app.eggbasket.spark;

import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.SellerIds;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sales lake as Spark sees it, on any file system Hadoop reaches: {@code file:}, {@code hdfs://},
 * {@code s3a://}. {@code uri} names the lake directory itself, the one holding {@code sales/<seller>/sales.parquet}
 * (the {@code lake} folder under a data directory, see {@link Lake}).
 */
public final class SparkLake {

    private final SparkSession spark;
    private final String uri;

    public SparkLake(SparkSession spark, String uri) {
        this.spark = spark;
        this.uri = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    /** The lake of a local data directory. */
    public static SparkLake of(SparkSession spark, Lake lake) {
        return new SparkLake(spark, lake.salesDir().getParent().toUri().toString());
    }

    public String uri() {
        return uri;
    }

    /** The seller's canonical lines, empty when she has no sales file. */
    public Optional<Dataset<Row>> seller(String sellerId) {
        String file = uri + "/sales/" + SellerIds.require(sellerId) + "/sales.parquet";
        if (!exists(file)) {
            return Optional.empty();
        }
        return Optional.of(spark.read().parquet(file));
    }

    /** The lines of these sellers (those who have a sales file) as one relation, empty when none has. */
    public Optional<Dataset<Row>> sellers(java.util.Collection<String> sellerIds) {
        String[] files = sellerIds.stream().sorted()
                .map(id -> uri + "/sales/" + SellerIds.require(id) + "/sales.parquet")
                .filter(this::exists).toArray(String[]::new);
        return files.length == 0 ? Optional.empty() : Optional.of(spark.read().parquet(files));
    }

    /** Every seller's lines as one relation (the cooperative market report's input). */
    public Dataset<Row> allSellers() {
        return spark.read().parquet(uri + "/sales/*/sales.parquet");
    }

    /** Sellers with a sales file, in id order. */
    public List<String> sellerIds() {
        Path sales = new Path(uri + "/sales");
        try {
            FileSystem fs = sales.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(sales)) {
                return List.of();
            }
            List<String> ids = new ArrayList<>();
            for (FileStatus dir : fs.listStatus(sales)) {
                if (dir.isDirectory() && fs.exists(new Path(dir.getPath(), "sales.parquet"))) {
                    ids.add(dir.getPath().getName());
                }
            }
            ids.sort(null);
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + sales + ": " + e.getMessage(), e);
        }
    }

    private boolean exists(String file) {
        Path path = new Path(file);
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + file + ": " + e.getMessage(), e);
        }
    }
}
