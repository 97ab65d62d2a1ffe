package app.eggbasket.dashboard.security.throttle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows the owner of an account, once, on the first page she sees after logging in, how many failed logins there
 * were before hers and whether they locked the account ({@link LoginThrottle.Warning}, put in her session by
 * {@link ThrottleLoginHandlers}). A redirect does not use it up.
 */
public final class LoginWarningInterceptor implements HandlerInterceptor {

    public static final String SESSION_KEY = "eggbasket.loginWarning";

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        HttpSession session = request.getSession(false);
        if (session == null || view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
            return;
        }
        Object warning = session.getAttribute(SESSION_KEY);
        if (warning != null) {
            view.addObject("loginWarning", warning);
            session.removeAttribute(SESSION_KEY);
        }
    }
}
