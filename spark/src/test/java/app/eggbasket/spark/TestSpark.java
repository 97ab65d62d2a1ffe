package app.eggbasket.spark;

import org.apache.spark.sql.SparkSession;

/** One local SparkSession for every test class of the JVM (starting one takes seconds). */
final class TestSpark {

    private static SparkSession session;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.local();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
