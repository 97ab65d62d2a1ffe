package app.eggbasket.dashboard.demo;

/** A demo login, printed in the console and the README. Exists only in demo data directories. */
public record DemoLogin(String username, String password, String sellerId, String description) {
}
