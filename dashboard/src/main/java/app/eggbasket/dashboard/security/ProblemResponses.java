package app.eggbasket.dashboard.security;

import app.eggbasket.dashboard.security.throttle.LoginThrottledException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.net.URI;

/** The API's 401 and 403 as RFC 9457 problem details, written by the security filters. */
final class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (e instanceof LoginThrottledException throttled) {
                long seconds = Math.max(1, throttled.retryAfter().toSeconds());
                response.setHeader("Retry-After", Long.toString(seconds));
                write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins for this account or from"
                        + " this address: try again in " + seconds + " s. The password was not checked.");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"eggbasket\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic to use the API.");
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN,
                "This account may not access this resource.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
