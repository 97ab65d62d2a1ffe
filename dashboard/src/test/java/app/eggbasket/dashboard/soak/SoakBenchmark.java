package app.eggbasket.dashboard.soak;

import app.eggbasket.dashboard.demo.DemoData;
import app.eggbasket.dashboard.demo.DemoLogin;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak test (issue 15), in the {@code bench} profile: the packaged dashboard on its demo data, {@code soak.clients}
 * (8) clients for {@code soak.minutes} (10) mixing page loads, report API calls, scenario calls (page and API) and
 * uploads of the real sample exports (into accounts of their own, so the demo sellers' figures do not move), plus an
 * empty file now and then (its refusal, 422, is intended). Passes when no answer is outside 2xx other than those
 * refusals, the dashboard's peak RSS stays under 1.5 GB, and every demo seller's report after the soak is the one a
 * quiet run gave. Prints a summary to record in docs/benchmarks.md.
 */
class SoakBenchmark {

    private static final Path JAR = Path.of("target", "eggbasket.jar");
    private static final Path SAMPLES = Path.of("..", "data-samples", "src", "main", "resources", "samples");
    private static final String PASSWORD = "soak-client-password-2026";
    private static final long RSS_BOUND_MB = 1536;

    @Test
    void eightClientsForTenMinutesGetOnlyTheAnswersTheyShould() throws Exception {
        int minutes = Integer.getInteger("soak.minutes", 10);
        int clients = Integer.getInteger("soak.clients", 8);
        assertThat(JAR).as("build the jar first: ./mvnw -q -DskipTests package").exists();
        Path data = Files.createTempDirectory("eggbasket-soak");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = new ProcessBuilder("java", "-Xmx1g", "-jar", JAR.toString(), "serve", "--data", data.toString(),
                "--port", Integer.toString(port)).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("soak-server", ".log").toFile()).start();
        String base = "http://localhost:" + port;
        try {
            waitUp(base);
            // the demo data is loaded into the empty directory; the accounts the clients upload into are added beside it
            for (int c = 0; c < clients; c++) {
                cli(data, "user", "add", "--data", data.toString(), "--username", "soak-" + c, "--seller", "soak-" + c);
            }
            List<DemoLogin> sellers = DemoData.logins().stream().filter(l -> l.sellerId() != null).toList();
            assertThat(sellers).as("demo sellers to read").hasSizeGreaterThanOrEqualTo(3);
            List<Path> samples = samples();
            assertThat(samples).as("real sample exports to upload").hasSizeGreaterThan(10);

            Map<String, String> quiet = reports(base, sellers);
            assertThat(quiet.values()).allSatisfy(r -> assertThat(r).contains("\"channels\""));

            Instant end = Instant.now().plus(Duration.ofMinutes(minutes));
            Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
            AtomicLong peakRss = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
            pool.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    peakRss.accumulateAndGet(rssMb(server.pid(), "VmHWM"), Math::max);
                    sleep(5_000);
                }
                return null;
            });
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> {
                    DemoLogin seller = sellers.get(client % sellers.size());
                    client(base, client, seller, firstChannel(quiet.get(seller.sellerId())), samples, end, counts, unexpected);
                    return null;
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(minutes + 5L, TimeUnit.MINUTES)).isTrue();
            peakRss.accumulateAndGet(rssMb(server.pid(), "VmHWM"), Math::max);

            Map<String, String> after = reports(base, sellers);
            long total = counts.values().stream().mapToLong(AtomicLong::get).sum();
            System.out.printf("soak: %d clients, %d min, %d requests (%.1f/s); by kind %s; unexpected %d%s; peak RSS %d MB%n",
                    clients, minutes, total, total / (minutes * 60.0), new TreeMap<>(counts), unexpected.size(),
                    unexpected.isEmpty() ? "" : " e.g. " + unexpected.peek(), peakRss.get());
            assertThat(total).as("requests made").isGreaterThan(clients * 50L);
            assertThat(unexpected).as("answers outside 2xx other than the intended refusals").isEmpty();
            assertThat(after).as("every demo seller's report, as a quiet run gave it").isEqualTo(quiet);
            assertThat(peakRss.get()).as("peak RSS of the dashboard (MB)").isLessThan(RSS_BOUND_MB);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** One client: logs in on the form as its demo seller, then mixes reads of her pages and API with uploads. */
    /** The first channel of a report's JSON: what the scenario API is asked about. */
    private static String firstChannel(String report) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(report).get("channels").get(0).get("channel").asText();
    }

    private static void client(String base, int id, DemoLogin seller, String channel, List<Path> samples, Instant end,
                               Map<String, AtomicLong> counts, ConcurrentLinkedQueue<String> unexpected) throws Exception {
        HttpClient pages = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpClient api = HttpClient.newHttpClient();
        login(pages, base, seller.username(), seller.password());
        String readAuth = basic(seller.username(), seller.password());
        String uploadAuth = basic("soak-" + id, PASSWORD);
        String s = seller.sellerId();
        Random random = new Random(id);
        while (Instant.now().isBefore(end)) {
            int pick = random.nextInt(100);
            String kind;
            HttpResponse<String> answer;
            boolean refusalIntended = false;
            if (pick < 30) {
                kind = "page";
                String path = List.of("/sellers/" + s, "/sellers/" + s + "/uploads", "/sellers/" + s + "/scenarios",
                        "/sellers/" + s + "/scenarios?scenario=closure&noticeDays=30&substitution=20",
                        "/sellers/" + s + "/sharing", "/market").get(random.nextInt(6));
                answer = pages.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            } else if (pick < 55) {
                kind = "report";
                answer = api.send(HttpRequest.newBuilder(URI.create(base + "/api/sellers/" + s + "/report"))
                        .header("Authorization", readAuth).GET().build(), HttpResponse.BodyHandlers.ofString());
            } else if (pick < 75) {
                kind = "scenario";
                String path = random.nextBoolean() ? "/sellers/" + s + "/scenarios/figures?scenario=fee-hike&oldRate=5&newRate="
                        + (6 + random.nextInt(5)) : null;
                answer = path != null
                        ? pages.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString())
                        : api.send(HttpRequest.newBuilder(URI.create(base + "/api/sellers/" + s + "/scenarios/template?template=alm-2017&channel="
                        + java.net.URLEncoder.encode(channel, StandardCharsets.UTF_8)))
                        .header("Authorization", readAuth).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (path != null && answer.statusCode() == 400) {
                    refusalIntended = true; // a seller whose largest channel is not a platform gets a reason, in words
                }
            } else if (pick < 97) {
                kind = "upload";
                Path file = samples.get(random.nextInt(samples.size()));
                answer = api.send(upload(base + "/api/sellers/soak-" + id + "/uploads", uploadAuth, file.getFileName().toString(),
                        Files.readAllBytes(file)), HttpResponse.BodyHandlers.ofString());
            } else {
                kind = "refused upload";
                answer = api.send(upload(base + "/api/sellers/soak-" + id + "/uploads", uploadAuth, "empty.csv", new byte[0]),
                        HttpResponse.BodyHandlers.ofString());
                refusalIntended = answer.statusCode() == 422;
            }
            counts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            // a page may redirect (the market report to its latest edition); never to the login page
            boolean redirect = kind.equals("page") && answer.statusCode() / 100 == 3
                    && !answer.headers().firstValue("Location").orElse("").contains("/login");
            if (answer.statusCode() / 100 != 2 && !refusalIntended && !redirect) {
                unexpected.add(kind + " " + answer.uri() + " -> " + answer.statusCode() + " "
                        + answer.body().substring(0, Math.min(200, answer.body().length())));
            }
        }
    }

    private static Map<String, String> reports(String base, List<DemoLogin> sellers) throws Exception {
        HttpClient api = HttpClient.newHttpClient();
        Map<String, String> reports = new TreeMap<>();
        for (DemoLogin seller : sellers) {
            HttpResponse<String> r = api.send(HttpRequest.newBuilder(URI.create(base + "/api/sellers/" + seller.sellerId() + "/report"))
                    .header("Authorization", basic(seller.username(), seller.password())).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            reports.put(seller.sellerId(), r.body());
        }
        return reports;
    }

    private static void login(HttpClient client, String base, String username, String password) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + token.group(1);
        HttpResponse<String> done = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(done.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static HttpRequest upload(String url, String auth, String name, byte[] content) {
        String boundary = "----soak" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    /** Every valid sample export (the formats' real layouts), at most 2 MB each. */
    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLES, 2)) {
            return files.filter(f -> f.getFileName().toString().startsWith("valid-"))
                    .filter(f -> !f.getFileName().toString().endsWith(".expected.txt"))
                    .filter(f -> f.toFile().length() < 2_000_000).sorted().toList();
        }
    }

    private static void cli(Path data, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    private static void waitUp(String base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 120; i++) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the dashboard did not start");
    }

    private static long rssMb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException gone) {
            // the server stopped
        }
        return 0;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
