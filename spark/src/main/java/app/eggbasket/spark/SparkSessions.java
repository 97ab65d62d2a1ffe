package app.eggbasket.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The SparkSession Eggbasket runs on. Local mode by default ({@code local[2]}, two shuffle partitions, no UI),
 * which suits one machine and the tests; under {@code spark-submit} the master and every setting given there
 * win, only the SQL settings the engine relies on are added.
 */
public final class SparkSessions {

    /** The master used when nothing else (spark-submit, {@code -Dspark.master}) chose one. */
    public static final String DEFAULT_MASTER = "local[2]";

    private SparkSessions() {
    }

    /** A session for one machine: {@code local[2]}, small shuffles, no web UI. */
    public static SparkSession local() {
        return local(DEFAULT_MASTER);
    }

    public static SparkSession local(String master) {
        SparkSession spark = SparkSession.builder()
                .appName("eggbasket")
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .getOrCreate();
        // a local run prints its answer, not Spark's progress (spark-submit's log4j2.properties decides otherwise)
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    /**
     * The session of a job: the master spark-submit set ({@code spark.master}), or {@link #local()} when
     * run as a plain {@code java} program.
     */
    public static SparkSession forJob(String appName) {
        SparkConf conf = new SparkConf();
        if (!conf.contains("spark.master")) {
            return local();
        }
        return SparkSession.builder().appName(appName)
                .config("spark.sql.datetime.java8API.enabled", "true")
                .getOrCreate();
    }
}
