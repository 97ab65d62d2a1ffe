package app.eggbasket.dashboard.web;

import app.eggbasket.analytics.currency.UnknownCurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every API error, on every {@code @RestController}, as an RFC 9457 problem detail with a fixed client message; the exception itself
 * goes to the log, never to the client.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        log.debug("invalid API request: {}", e.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(UnknownCurrencyException.class)
    ResponseEntity<ProblemDetail> unknownCurrency(UnknownCurrencyException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(org.springframework.http.converter.HttpMessageNotReadableException e) {
        log.debug("unreadable API request body: {}", e.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request body is not the JSON this route expects.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "This account may not access this seller.");
    }

    /** Spring MVC's own errors (missing part, wrong method…) already carry a problem detail. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
            log.debug("API request failed: {}", e.toString());
            return ResponseEntity.status(error.getStatusCode()).body(error.getBody());
        }
        log.error("API request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request failed; the error was logged.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
