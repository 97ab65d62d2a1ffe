package app.eggbasket.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The CSRF token is taken from the request's header or its form body, never from its address: a token in a URL
 * ends up in logs, in the browser's history and in Referer headers (ASVS 3.5.3, issue 15). A request whose query
 * string carries {@code _csrf} is treated as carrying no token, so it is refused as a forgery would be.
 */
final class BodyOnlyCsrfTokenHandler implements CsrfTokenRequestHandler {

    /** Spring Security's default: the token masked afresh on each page (BREACH), unmasked when it comes back. */
    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        masked.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        if (request.getHeader(csrfToken.getHeaderName()) == null && inQuery(request, csrfToken.getParameterName())) {
            return null;
        }
        return masked.resolveCsrfTokenValue(request, csrfToken);
    }

    static boolean inQuery(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
