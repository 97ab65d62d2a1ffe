package app.eggbasket.dashboard.printable;

/** The seller has no sales in the period asked: there is nothing to print. */
public class NoSalesException extends RuntimeException {

    private final String seller;

    public NoSalesException(String seller) {
        super("No sales for " + seller + " in this period: there is nothing to put in a report.");
        this.seller = seller;
    }

    public String seller() {
        return seller;
    }
}
