package app.eggbasket.ingestion.lake;

import java.util.regex.Pattern;

/** Seller ids name folders of the lake, so they are restricted to a safe alphabet. */
public final class SellerIds {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private SellerIds() {
    }

    /** Whether the id is one a seller may have (a file name in the lake that is not one is none of its own). */
    public static boolean isValid(String sellerId) {
        return sellerId != null && ID.matcher(sellerId).matches();
    }

    /**
     * @return the id, unchanged
     * @throws IllegalArgumentException when it is not 2–63 lower-case letters, digits or dashes
     */
    public static String require(String sellerId) {
        if (sellerId == null || !ID.matcher(sellerId).matches()) {
            throw new IllegalArgumentException("seller id '" + sellerId
                    + "' must be 2-63 lower-case letters, digits or '-', starting with a letter or digit");
        }
        return sellerId;
    }
}
