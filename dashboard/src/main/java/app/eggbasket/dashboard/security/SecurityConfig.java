package app.eggbasket.dashboard.security;

import org.springframework.security.authorization.AuthorizationDecision;
import java.net.InetAddress;
import java.net.UnknownHostException;
import app.eggbasket.dashboard.account.AccountStore;
import app.eggbasket.dashboard.account.PasswordHasher;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import app.eggbasket.dashboard.security.throttle.LoginThrottle;
import app.eggbasket.dashboard.security.throttle.ThrottleLoginHandlers;
import app.eggbasket.dashboard.security.throttle.ThrottledAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two filter chains (DESIGN §7): the API under {@code /api/**} is stateless HTTP Basic without CSRF
 * and answers 401/403 as problem details; the pages use a login form, a session and CSRF tokens.
 * The advisor's own routes need the ADVISOR role; which seller an account may read or change is checked by
 * {@link SellerAccess} (DESIGN §10).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CSP = "Content-Security-Policy";

    /**
     * No address of this site is sent to another one (a what-if's share link, a seller id in a path); within the
     * site the full address is (ASVS 14.4.5). HSTS is Spring Security's default on HTTPS requests: in the
     * {@code prod} profile the proxy's X-Forwarded-Proto makes them so (README, behind a TLS reverse proxy).
     */
    static final ReferrerPolicyHeaderWriter.ReferrerPolicy REFERRER_POLICY = ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN;

    /**
     * No inline script anywhere: pages embed their chart data as {@code <script type="application/json">} and load
     * their scripts from /js. Styles may be inline: ECharts writes its tooltips with style attributes.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json, UserDetailsService users,
                                 PasswordEncoder encoder, LoginThrottle throttle) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        // Basic sends the password with every request: a verified password is remembered for a minute,
        // so BCrypt runs once a minute per client, not per request (see VerifiedCredentialsCache)
        VerifiedCredentialsCache credentials = new VerifiedCredentialsCache(users, encoder, Duration.ofMinutes(1),
                Clock.systemUTC());
        return http.securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(new ThrottledAuthentication(credentials, throttle)))
                .authorizeHttpRequests(auth -> auth
                        // published editions only: aggregates frozen when published (DESIGN §10, anonymous)
                        .requestMatchers(HttpMethod.GET, "/api/market/report", "/api/coops/*/editions",
                                "/api/coops/*/editions/*").permitAll()
                        .requestMatchers("/api/advisors/**").hasRole(Roles.ADVISOR)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
                                  LoginThrottle throttle) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return http
                .authenticationManager(new ProviderManager(new ThrottledAuthentication(passwords, throttle)))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/login", "/logout", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg").permitAll()
                        // for load balancers: up or down, nothing more (details are never shown)
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness").permitAll()
                        // metrics for the operator's scraper on this machine (behind the proxy, the client's address)
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus").access((authentication, context) ->
                                new AuthorizationDecision(
                                        isLoopback(context.getRequest().getRemoteAddr())))
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers(HttpMethod.GET, "/market", "/market/report.csv", "/market/report.json",
                                "/coops/*/editions", "/coops/*/editions/*", "/coops/*/editions/*/report.csv",
                                "/coops/*/editions/*/report.json", "/coops/*/editions/*/report.pdf").permitAll()
                        // an invitation link's page: the token is the key (SignupController answers a used,
                        // expired or unknown one with a page that opens nothing)
                        .requestMatchers("/invitations/*").permitAll()
                        .requestMatchers("/advisor/**").hasRole(Roles.ADVISOR)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(ThrottleLoginHandlers.success(throttle))
                        .failureHandler(ThrottleLoginHandlers.failure()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new BodyOnlyCsrfTokenHandler()))
                .headers(headers -> headers
                        .addHeaderWriter(new StaticHeadersWriter(CSP, POLICY))
                        .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)))
                .build();
    }

    /** Whether a request comes from this machine (127.0.0.0/8 or ::1). */
    static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Failed logins per account and address, for the form and HTTP Basic alike (LoginThrottle). */
    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    @Bean
    UserDetailsService userDetailsService(AccountStore accounts) {
        return new AccountUserDetailsService(accounts);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new PasswordHasher();
    }
}
