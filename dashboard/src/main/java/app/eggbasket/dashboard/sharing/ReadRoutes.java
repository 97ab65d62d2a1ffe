package app.eggbasket.dashboard.sharing;

/**
 * What a recorded route means to the seller, as a message key: "your overview", "the list of the advisor's
 * clients"… The route itself is shown beside it.
 */
public final class ReadRoutes {

    private ReadRoutes() {
    }

    public static String describe(String route) {
        String path = route.contains(" ") ? route.substring(route.indexOf(' ') + 1) : route;
        if (path.contains("export=")) {
            return "sharing.read.download";
        }
        if (path.startsWith("/advisor/clients") || path.startsWith("/api/advisors/me/clients")) {
            return "sharing.read.portfolio";
        }
        if (path.startsWith("/coops/") || path.startsWith("/api/coops/")) {
            return "sharing.read.members";
        }
        if (path.endsWith("report.pdf")) {
            return "sharing.read.pdf";
        }
        if (path.startsWith("/api/")) {
            return "sharing.read.api";
        }
        if (path.matches("/sellers/[^/]+/scenarios")) {
            return "sharing.read.scenarios";
        }
        if (path.matches("/sellers/[^/]+")) {
            return "sharing.read.overview";
        }
        return "sharing.read.other";
    }
}
