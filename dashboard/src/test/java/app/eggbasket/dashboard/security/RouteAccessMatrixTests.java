package app.eggbasket.dashboard.security;

import app.eggbasket.dashboard.TestData;
import app.eggbasket.dashboard.account.SignupLinks;
import app.eggbasket.dashboard.cooperative.EditionFixtures;
import app.eggbasket.dashboard.cooperative.Editions;
import app.eggbasket.dashboard.sharing.GrantStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The access matrix of DESIGN §10, generated from the application's own route list: every route the handler
 * mapping knows × every kind of caller → the expected answer. A route without a row in {@link #ROUTES} fails
 * the build, and so does a row for a route that no longer exists.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RouteAccessMatrixTests {

    /** With edition 1 of {@link TestData#ALPES} published (see {@link #anEdition()}), the edition routes' {n}. */
    private static final Path DATA = EditionFixtures.summer(TestData.seededCopy());

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("eggbasket.data", DATA::toString);
    }

    /** Who a route is for (DESIGN §10). */
    enum Access {
        /** Anyone, logged in or not. */
        PUBLIC,
        /** Any logged-in account. */
        LOGGED_IN,
        /** The seller herself, and an advisor she granted access whose grant is active. */
        READ,
        /** The seller herself only: uploads, mappings, consent, erasure, sharing, profile changes. */
        OWNER,
        /** An advisor's own pages and API. */
        ADVISOR,
        /** The cooperative's own managers: its members page and API. */
        MANAGER_OF_THE_COOP
    }

    /** The callers of the matrix. */
    enum Caller {
        ANONYMOUS, THE_SELLER, ANOTHER_SELLER, ADVISOR_WITH_GRANT, ADVISOR_WITHOUT_GRANT, ADVISOR_AFTER_REVOKE,
        ADVISOR_AFTER_EXPIRY, COOPERATIVE_MANAGER, MANAGER_OF_ANOTHER_COOP
    }

    /** How a request body is sent to a route. */
    enum Body { NONE, FORM, MULTIPART_FILE, MULTIPART_FILES, JSON }

    /** @param query the query string a real caller sends (the parameters the route requires), or null */
    record Row(Access access, Body body, String query) {
    }

    /**
     * Routes whose allowed answer may be 404: the wizard without an upload to map answers the seller so, and the
     * release the matrix names by a seller's id does not exist.
     */
    private static final Set<String> NOT_FOUND_IS_AN_ANSWER = Set.of("GET /sellers/{id}/mappings/new",
            "GET /coops/{coop}/drafts/{id}", "GET /api/coops/{coop}/previews/{id}");

    /**
     * Every route, as "METHOD pattern" (the handler mapping's own spelling), followed by " ?param" when the route
     * is chosen by a request parameter (the table downloads beside each page).
     */
    static final Map<String, Row> ROUTES = new LinkedHashMap<>();

    static {
        row("GET /login", Access.PUBLIC);
        row("GET /logout", Access.PUBLIC);
        row("GET /market", Access.PUBLIC);
        row("GET /market/report.csv", Access.PUBLIC);
        row("GET /market/report.json", Access.PUBLIC);
        row("GET /api/market/report", Access.PUBLIC);
        row("GET /coops/{coop}/editions", Access.PUBLIC);
        row("GET /coops/{coop}/editions/{n}", Access.PUBLIC);
        row("GET /coops/{coop}/editions/{n} ?export", Access.PUBLIC, "export=xlsx&table=channels");
        row("GET /coops/{coop}/editions/{n}/report.csv", Access.PUBLIC);
        row("GET /coops/{coop}/editions/{n}/report.json", Access.PUBLIC);
        row("GET /coops/{coop}/editions/{n}/report.pdf", Access.PUBLIC);
        row("GET /api/coops/{coop}/editions", Access.PUBLIC);
        row("GET /api/coops/{coop}/editions/{n}", Access.PUBLIC);
        // an invitation link's page: anyone holding a valid token ({token} is one, made before each run)
        row("GET /invitations/{token}", Access.PUBLIC);
        row("POST /invitations/{token}", Access.PUBLIC, Body.FORM);
        row("GET /", Access.LOGGED_IN);
        row("GET /templates/eggbasket-sales-{lang:fr|en}.csv", Access.LOGGED_IN);
        // her own password only: the account changed is the one logged in (AccountWebTests)
        row("GET /account/password", Access.LOGGED_IN);
        row("POST /account/password", Access.LOGGED_IN, Body.FORM);
        row("PUT /api/account/password", Access.LOGGED_IN, Body.JSON);

        row("GET /sellers/{id}", Access.READ);
        row("GET /sellers/{id} ?export", Access.READ, "export=xlsx&table=channels");
        row("GET /sellers/{id}/scenarios", Access.READ);
        row("GET /sellers/{id}/scenarios ?export", Access.READ, "export=csv&table=months&channel=etsy");
        row("GET /sellers/{id}/scenarios/figures", Access.READ, "channel=etsy&scenario=closure&noticeDays=30");
        row("GET /api/sellers/{id}/report", Access.READ);
        row("GET /api/sellers/{id}/report.pdf", Access.READ);
        row("GET /sellers/{id}/report.pdf", Access.READ);
        row("GET /api/sellers/{id}/monthly", Access.READ);
        row("GET /api/sellers/{id}/profile", Access.READ);
        row("GET /api/sellers/{id}/scenarios/closure", Access.READ, "channel=etsy");
        row("GET /api/sellers/{id}/scenarios/template", Access.READ, "channel=etsy&template=alm-2017");
        row("GET /api/sellers/{id}/scenarios/fee-hike", Access.READ, "channel=etsy&oldRate=0.05&newRate=0.065");
        row("GET /api/sellers/{id}/scenarios/cash-hold", Access.READ, "channel=etsy&percent=25&days=90");

        row("GET /sellers/{id}/uploads", Access.OWNER);
        row("GET /sellers/{id}/uploads ?export", Access.OWNER, "export=xlsx&table=history");
        row("POST /sellers/{id}/uploads", Access.OWNER, Body.MULTIPART_FILES);
        row("GET /sellers/{id}/mappings/new", Access.OWNER);
        row("POST /sellers/{id}/mappings", Access.OWNER, Body.FORM);
        row("POST /sellers/{id}/profile", Access.OWNER, Body.FORM);
        row("GET /sellers/{id}/market", Access.OWNER);
        row("POST /sellers/{id}/market/consent", Access.OWNER, Body.FORM);
        row("POST /sellers/{id}/cooperatives/join", Access.OWNER, Body.FORM);
        row("POST /sellers/{id}/cooperatives/{coop}/accept", Access.OWNER, Body.FORM);
        row("POST /sellers/{id}/cooperatives/{coop}/decline", Access.OWNER, Body.FORM);
        row("POST /sellers/{id}/cooperatives/{coop}/consent", Access.OWNER, Body.FORM);
        row("POST /sellers/{id}/cooperatives/{coop}/leave", Access.OWNER, Body.FORM);
        row("GET /sellers/{id}/data", Access.OWNER);
        row("POST /sellers/{id}/data/erase", Access.OWNER, Body.FORM);
        row("GET /sellers/{id}/sharing", Access.OWNER);
        row("GET /sellers/{id}/sharing ?export", Access.OWNER, "export=csv&table=grants");
        row("POST /sellers/{id}/sharing/grants", Access.OWNER, Body.FORM);
        row("POST /sellers/{id}/sharing/grants/{advisor}/revoke", Access.OWNER, Body.FORM);
        row("GET /api/sellers/{id}/uploads", Access.OWNER);
        row("POST /api/sellers/{id}/uploads", Access.OWNER, Body.MULTIPART_FILE);
        row("PUT /api/sellers/{id}/profile", Access.OWNER, Body.JSON);
        row("GET /api/sellers/{id}/data", Access.OWNER);
        row("DELETE /api/sellers/{id}/data", Access.OWNER);
        row("GET /api/sellers/{id}/grants", Access.OWNER);
        row("POST /api/sellers/{id}/grants", Access.OWNER, Body.JSON);
        row("DELETE /api/sellers/{id}/grants/{advisor}", Access.OWNER);
        row("GET /api/sellers/{id}/reads", Access.OWNER);

        row("GET /advisor/clients", Access.ADVISOR);
        row("GET /advisor/clients ?export", Access.ADVISOR, "export=xlsx&table=clients");
        row("POST /advisor/invitation", Access.ADVISOR, Body.FORM);
        row("POST /advisor/signup-links", Access.ADVISOR, Body.FORM);
        row("POST /api/advisors/me/signup-links", Access.ADVISOR);
        row("GET /api/advisors/me", Access.ADVISOR);
        row("POST /api/advisors/me/invitation", Access.ADVISOR);
        row("GET /api/advisors/me/clients", Access.ADVISOR);

        row("GET /coops/{coop}/members", Access.MANAGER_OF_THE_COOP);
        row("POST /coops/{coop}/invitations", Access.MANAGER_OF_THE_COOP, Body.FORM);
        row("POST /coops/{coop}/invitation-code", Access.MANAGER_OF_THE_COOP, Body.FORM);
        row("POST /coops/{coop}/signup-links", Access.MANAGER_OF_THE_COOP, Body.FORM);
        row("POST /api/coops/{coop}/signup-links", Access.MANAGER_OF_THE_COOP);
        row("GET /api/coops/{coop}/members", Access.MANAGER_OF_THE_COOP);
        row("POST /api/coops/{coop}/invitations", Access.MANAGER_OF_THE_COOP, Body.JSON);
        row("GET /coops/{coop}/preview", Access.MANAGER_OF_THE_COOP);
        row("POST /coops/{coop}/preview", Access.MANAGER_OF_THE_COOP, Body.FORM, "period=2022-Q4");
        row("GET /coops/{coop}/drafts/{id}", Access.MANAGER_OF_THE_COOP);
        row("POST /coops/{coop}/drafts/{id}/publish", Access.MANAGER_OF_THE_COOP, Body.FORM);
        row("GET /api/coops/{coop}/previews", Access.MANAGER_OF_THE_COOP);
        row("POST /api/coops/{coop}/previews", Access.MANAGER_OF_THE_COOP, Body.JSON);
        row("GET /api/coops/{coop}/previews/{id}", Access.MANAGER_OF_THE_COOP);
        row("POST /api/coops/{coop}/previews/{id}/publish", Access.MANAGER_OF_THE_COOP);
    }

    private static void row(String route, Access access) {
        row(route, access, Body.NONE, null);
    }

    private static void row(String route, Access access, String query) {
        row(route, access, Body.NONE, query);
    }

    private static void row(String route, Access access, Body body) {
        row(route, access, body, null);
    }

    private static void row(String route, Access access, Body body, String query) {
        if (ROUTES.put(route, new Row(access, body, query)) != null) {
            throw new IllegalStateException("two rows for " + route);
        }
    }

    private static final String SELLER = "alice";
    private static final Map<Caller, SellerUser> USERS = new EnumMap<>(Caller.class);

    static {
        USERS.put(Caller.THE_SELLER, new SellerUser("alice", "unused", Roles.SELLER, "alice"));
        USERS.put(Caller.ANOTHER_SELLER, new SellerUser("bob", "unused", Roles.SELLER, "bob"));
        USERS.put(Caller.ADVISOR_WITH_GRANT, new SellerUser("adv-granted", "unused", Roles.ADVISOR, null));
        USERS.put(Caller.ADVISOR_WITHOUT_GRANT, new SellerUser("adv-none", "unused", Roles.ADVISOR, null));
        USERS.put(Caller.ADVISOR_AFTER_REVOKE, new SellerUser("adv-revoked", "unused", Roles.ADVISOR, null));
        USERS.put(Caller.ADVISOR_AFTER_EXPIRY, new SellerUser("adv-expired", "unused", Roles.ADVISOR, null));
        USERS.put(Caller.COOPERATIVE_MANAGER, new SellerUser("manager", "unused", Roles.COOPERATIVE_MANAGER, null, TestData.ALPES));
        USERS.put(Caller.MANAGER_OF_ANOTHER_COOP, new SellerUser("manager2", "unused", Roles.COOPERATIVE_MANAGER, null,
                TestData.BRETAGNE));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    GrantStore grants;

    @Autowired
    Editions editions;

    @Autowired
    SignupLinks signupLinks;

    /** A valid invitation token for the {token} of the invitation page's rows (the matrix's requests never use it up). */
    private String token;

    @BeforeEach
    void aSignupLink() {
        token = signupLinks.create(SignupLinks.Kind.OPERATOR, "operator", null).token();
    }

    /** Edition 1 of alpes, published once: the public edition routes answer it, and the old market addresses too. */
    @BeforeEach
    void anEdition() {
        EditionFixtures.publishSummer(editions);
    }

    @BeforeEach
    void grants() {
        grants.grant(SELLER, "adv-revoked", null);
        grants.revoke(SELLER, "adv-revoked");
        grants.grant(SELLER, "adv-expired", LocalDate.now(GrantStore.SELLERS_ZONE).minusDays(1));
    }

    /** Every application route, as "METHOD pattern"; Spring's own error controller left out. */
    private Set<String> applicationRoutes() {
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : handlerMapping.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("app.eggbasket")) {
                continue;
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            assertThat(methods).as("route %s names its HTTP method", e.getKey()).isNotEmpty();
            String params = e.getKey().getParamsCondition().getExpressions().stream().map(Object::toString).sorted()
                    .reduce("", (a, b) -> a + " ?" + b);
            for (String pattern : e.getKey().getPatternValues()) {
                for (RequestMethod method : methods) {
                    routes.add(method.name() + " " + pattern + params);
                }
            }
        }
        return routes;
    }

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        Set<String> routes = applicationRoutes();
        assertThat(routes).as("routes without a row in the access matrix: add one to ROUTES")
                .isSubsetOf(ROUTES.keySet());
        assertThat(ROUTES.keySet()).as("rows of the access matrix for routes that no longer exist")
                .isSubsetOf(routes);
    }

    @Test
    void everyRouteAnswersEachCallerAsTheMatrixSays() throws Exception {
        Map<String, String> failures = new TreeMap<>();
        int cells = 0;
        // the seller herself last on each route: some of her requests change what the others would see
        List<Caller> order = new ArrayList<>(List.of(Caller.values()));
        order.remove(Caller.THE_SELLER);
        order.add(Caller.THE_SELLER);
        List<String> routes = new ArrayList<>(ROUTES.keySet());
        // the erasure of her data last of all
        routes.sort((a, b) -> Boolean.compare(a.equals("DELETE /api/sellers/{id}/data"), b.equals("DELETE /api/sellers/{id}/data")));
        for (String route : routes) {
            Row row = ROUTES.get(route);
            for (Caller caller : order) {
                grants.grant(SELLER, "adv-granted", null);
                MvcResult result = mvc.perform(request(route, row, caller)).andReturn();
                cells++;
                String problem = check(route, row.access(), caller, result);
                if (problem != null) {
                    failures.put(route + " × " + caller, problem);
                }
            }
        }
        assertThat(cells).isEqualTo(ROUTES.size() * Caller.values().length);
        assertThat(failures).as("cells of the access matrix that do not hold").isEmpty();
        System.out.println("access matrix: " + ROUTES.size() + " routes × " + Caller.values().length + " callers = "
                + cells + " cells");
    }

    private MockHttpServletRequestBuilder request(String route, Row row, Caller caller) {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1).replaceAll(" \\?.*$", "").replace("{id}", SELLER)
                .replace("{advisor}", "adv-granted").replace("{coop}", TestData.ALPES).replace("{n}", "1").replace("{lang:fr|en}", "fr").replace("{token}", token)
                + (row.query() == null ? "" : "?" + row.query());
        MockHttpServletRequestBuilder request = switch (row.body()) {
            case MULTIPART_FILE -> MockMvcRequestBuilders.multipart(path)
                    .file(new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));
            case MULTIPART_FILES -> MockMvcRequestBuilders.multipart(path)
                    .file(new MockMultipartFile("files", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));
            case JSON -> MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path)
                    .contentType(MediaType.APPLICATION_JSON).content(route.contains("grants")
                            ? "{\"advisor\":\"adv-none\"}" : route.contains("invitations")
                            ? "{\"seller\":\"bob\"}" : route.contains("previews")
                            ? "{\"period\":\"2022-Q4\"}" : "{\"activity\":\"goods\"}");
            case FORM, NONE -> MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
        };
        if (!method.equals("GET")) {
            request.with(csrf());
        }
        SellerUser user = USERS.get(caller);
        if (user != null) {
            request.with(user(user));
        }
        return request;
    }

    /** Null when the answer is the expected one, else what went wrong. */
    private static String check(String route, Access access, Caller caller, MvcResult result) {
        int status = result.getResponse().getStatus();
        boolean api = route.contains(" /api/");
        boolean notFoundIsAnAnswer = NOT_FOUND_IS_AN_ANSWER.contains(route);
        String location = result.getResponse().getRedirectedUrl();
        boolean toLogin = status == 302 && location != null && location.endsWith("/login");
        String expected = expected(access, caller);
        boolean ok = switch (expected) {
            case "login" -> api ? status == 401 : toLogin;
            case "denied" -> status == 403;
            default -> status < 500 && status != 401 && status != 403 && !toLogin
                    && (!route.startsWith("GET ") || status < 400 || (status == 404 && notFoundIsAnAnswer));
        };
        return ok ? null : "expected " + expected + ", got " + status + (location == null ? "" : " → " + location);
    }

    private static String expected(Access access, Caller caller) {
        if (access == Access.PUBLIC) {
            return "allowed";
        }
        if (caller == Caller.ANONYMOUS) {
            return "login";
        }
        boolean allowed = switch (access) {
            case PUBLIC, LOGGED_IN -> true;
            case READ -> caller == Caller.THE_SELLER || caller == Caller.ADVISOR_WITH_GRANT;
            case OWNER -> caller == Caller.THE_SELLER;
            case ADVISOR -> caller.name().startsWith("ADVISOR_");
            case MANAGER_OF_THE_COOP -> caller == Caller.COOPERATIVE_MANAGER;
        };
        return allowed ? "allowed" : "denied";
    }
}
