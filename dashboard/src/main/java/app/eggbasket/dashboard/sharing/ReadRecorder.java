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
        log.record(seller, new ReadEntry(clock.instant(), user.getUsername(), request.getMethod() + " " + request.getRequestURI()));
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
