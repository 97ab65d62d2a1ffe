package app.eggbasket.dashboard.security.throttle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** The login form's answers: a refused-too-soon attempt says how long to wait; a success carries the owner's warning. */
public final class ThrottleLoginHandlers {

    private ThrottleLoginHandlers() {
    }

    /** {@code /login?error}, or {@code /login?wait=SECONDS} when the attempt was refused as too soon. */
    public static AuthenticationFailureHandler failure() {
        SimpleUrlAuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            if (e instanceof LoginThrottledException throttled) {
                response.sendRedirect(request.getContextPath() + "/login?wait=" + Math.max(1, throttled.retryAfter().toSeconds()));
                return;
            }
            wrong.onAuthenticationFailure(request, response, e);
        };
    }

    /** As Spring's default (back to the page she asked for, else "/"), with the throttle's warning in her session. */
    public static AuthenticationSuccessHandler success(LoginThrottle throttle) {
        SavedRequestAwareAuthenticationSuccessHandler back = new SavedRequestAwareAuthenticationSuccessHandler();
        back.setDefaultTargetUrl("/");
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            throttle.takeWarning(authentication.getName())
                    .ifPresent(w -> request.getSession().setAttribute(LoginWarningInterceptor.SESSION_KEY, w));
            back.onAuthenticationSuccess(request, response, authentication);
        };
    }
}
