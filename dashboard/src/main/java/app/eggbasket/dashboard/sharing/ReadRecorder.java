package app.eggbasket.dashboard.sharing;

import app.eggbasket.dashboard.security.SellerUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.time.Clock;
import java.util.Map;

/**
 * Records every answered read of a seller's pages or API ({@code /sellers/{id}/…}, {@code /api/sellers/{id}/…})
 * by an account other than the seller herself in her {@link ReadLog}. Refused requests (4xx, 5xx) read
 * nothing and are not recorded.
 */
public final class ReadRecorder implements HandlerInterceptor {

    private final ReadLog log;
    private final Clock clock;

    public ReadRecorder(ReadLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (ex != null || response.getStatus() >= 400) {
            return;
        }
        String seller = sellerOf(request);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (seller == null || auth == null || !(auth.getPrincipal() instanceof SellerUser user) || user.owns(seller)) {
            return;
        }
        log.record(seller, new ReadEntry(clock.instant(), user.getUsername(), route(request)));
    }

    /** Method and path; for a table download, which table in which format (nothing else of the query). */
    static String route(HttpServletRequest request) {
        String route = request.getMethod() + " " + request.getRequestURI();
        String table = request.getParameter("table");
        String export = request.getParameter("export");
        if (export != null && table != null && (table + export).matches("[a-z0-9-]{1,40}")) {
            route += "?table=" + table + "&export=" + export;
        }
        return route;
    }

    private static String sellerOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (!uri.startsWith("/sellers/") && !uri.startsWith("/api/sellers/")) {
            return null;
        }
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return vars instanceof Map<?, ?> map && map.get("id") instanceof String id ? id : null;
    }
}
