package app.eggbasket.dashboard.printable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The seller has no sales in the period asked: there is nothing to print. Through the API it is its own problem
 * detail (422, "No sales"), answered by the shared API error handling like Spring's own errors.
 */
public class NoSalesException extends ErrorResponseException {

    private final String seller;

    public NoSalesException(String seller) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(seller), null);
        this.seller = seller;
    }

    private static ProblemDetail problem(String seller) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "No sales for " + seller + " in this period: there is nothing to put in a report.");
        problem.setTitle("No sales");
        problem.setProperty("seller", seller);
        return problem;
    }

    /** The plain sentence, for the command line and the logs. */
    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    public String seller() {
        return seller;
    }
}
