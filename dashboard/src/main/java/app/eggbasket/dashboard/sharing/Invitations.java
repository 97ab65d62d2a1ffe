package app.eggbasket.dashboard.sharing;

import com.fasterxml.jackson.core.type.TypeReference;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Each advisor's invitation code (e.g. {@code K7QF-M2XD}), which she gives her clients so they can grant her
 * access without knowing her username. Kept in {@code <data>/sharing/invitations.json}; a new code replaces
 * the old one, which then opens nothing.
 */
public final class Invitations {

    /** No 0/O, 1/I/L: a code read over the phone is typed right. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final Path file;
    private final SecureRandom random = new SecureRandom();
    private Map<String, String> codeByAdvisor;

    public Invitations(Path dataDir) {
        this.file = dataDir.resolve("sharing").resolve("invitations.json");
        this.codeByAdvisor = new TreeMap<>(JsonFiles.read(file, new TypeReference<Map<String, String>>() { }, Map.of()));
    }

    /** The advisor's code, made on first use. */
    public synchronized String codeOf(String advisor) {
        String key = advisor.toLowerCase(Locale.ROOT);
        String code = codeByAdvisor.get(key);
        return code != null ? code : renew(advisor);
    }

    /** Replaces the advisor's code by a new one. */
    public synchronized String renew(String advisor) {
        Map<String, String> next = new TreeMap<>(codeByAdvisor);
        String code;
        do {
            code = newCode();
        } while (next.containsValue(code));
        next.put(advisor.toLowerCase(Locale.ROOT), code);
        JsonFiles.write(file, next);
        codeByAdvisor = next;
        return code;
    }

    /** The advisor (lower-cased username) whose current code this is; case and dashes ignored. */
    public synchronized Optional<String> advisorFor(String code) {
        String normal = normalise(code);
        if (normal.length() != 8) {
            return Optional.empty();
        }
        return codeByAdvisor.entrySet().stream().filter(e -> normalise(e.getValue()).equals(normal))
                .map(Map.Entry::getKey).findFirst();
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
