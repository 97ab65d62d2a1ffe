package app.eggbasket.dashboard.seller;

import app.eggbasket.dashboard.web.ApiExceptionHandler;

import app.eggbasket.dashboard.printable.NoSalesException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The printable report's API errors as the other seller routes answer them (RFC 9457 problem details), and
 * a period without sales as 422: there is no PDF to make of it.
 */
@RestControllerAdvice(assignableTypes = PrintableReportApiController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class PrintableReportApiExceptionHandler extends ApiExceptionHandler {

    @ExceptionHandler(NoSalesException.class)
    ResponseEntity<ProblemDetail> noSales(NoSalesException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("No sales");
        problem.setProperty("seller", e.seller());
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
