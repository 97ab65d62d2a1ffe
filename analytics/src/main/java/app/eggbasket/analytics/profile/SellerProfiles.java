package app.eggbasket.analytics.profile;

import app.eggbasket.ingestion.lake.Lake;
import app.eggbasket.ingestion.lake.PrivateFiles;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Sellers' profiles, one small file per seller: {@code <data>/profiles/<seller>.properties}, readable by its
 * owner only. A seller without one has {@link SellerProfile#DEFAULT} (12.3%, sales of goods).
 */
public final class SellerProfiles {

    private static final String RATE = "contribution-rate";

    private final Lake lake;

    public SellerProfiles(Lake lake) {
        this.lake = lake;
    }

    public Path file(String sellerId) {
        return lake.profileFile(sellerId);
    }

    /** The seller's profile, or the default one when she has not set hers. */
    public SellerProfile get(String sellerId) {
        Path file = file(sellerId);
        if (!Files.exists(file)) {
            return SellerProfile.DEFAULT;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String rate = properties.getProperty(RATE);
        try {
            return rate == null ? SellerProfile.DEFAULT : new SellerProfile(new BigDecimal(rate.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": " + RATE + " " + e.getMessage(), e);
        }
    }

    public void save(String sellerId, SellerProfile profile) {
        Properties properties = new Properties();
        properties.setProperty(RATE, profile.contributionRate().toPlainString());
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "Eggbasket seller profile: social contribution rate as a fraction of revenue");
            PrivateFiles.writeAtomically(file(sellerId), text.toString().getBytes(StandardCharsets.UTF_8),
                    lake.tmpDir(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
