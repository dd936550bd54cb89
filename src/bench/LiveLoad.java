import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live updates under a burst of writes with stalled clients: starts the packaged jar on a fresh
 * embedded database (with a freshly generated token key), opens normal subscribers that select
 * `node`, opens sockets with subscriptions that never read, sends mutations from several threads,
 * and prints the write rate, the normal subscribers' delay (from each mutation's response to its
 * event) and the service's RSS before and after. JDK only:
 *
 *   ./mvnw package -DskipTests && java src/bench/LiveLoad.java [mutations] [stalled-subscriptions]
 */
public class LiveLoad {

    static final int PORT = 18095;
    static final String SUBSCRIPTION = "subscription { networkChanged { kind nodeId at node { id ... on Company { slug name description } } } }";
    static final Pattern SLUG = Pattern.compile("\"slug\":\"(live-[0-9]+)\"");
    static final Map<String, Long> committed = new ConcurrentHashMap<>();
    static final List<Long> delays = Collections.synchronizedList(new ArrayList<>());
    static final AtomicInteger events = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        int mutations = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int stalledSubscriptions = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int subscribers = 10;
        Path work = Files.createTempDirectory("live-load");
        KeyPair key = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path pem = work.resolve("public.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        List<String> command = new ArrayList<>(List.of("java"));
        String options = System.getenv("JAVA_OPTS"); // e.g. a flight recording of the service
        if (options != null && !options.isBlank()) {
            command.addAll(List.of(options.trim().split("\\s+")));
        }
        command.addAll(List.of("-Dvaluenetwork.embedded.data-dir=" + work.resolve("pgdata"), "-Dquarkus.http.port=" + PORT,
                "-Dmp.jwt.verify.publickey.location=" + pem.toUri(), "-Dvaluenetwork.graphql.budget.enabled=false",
                "-jar", "target/quarkus-app/quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("VALUENETWORK_TOKEN_ISSUER", "https://bench.example");
        Process service = builder.redirectErrorStream(true).redirectOutput(work.resolve("service.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            awaitReady(http);
            String token = token(key, "bench-editor");
            for (int i = 0; i < 50; i++) { // warm-up
                mutate(http, token, "warm-" + i);
            }
            long rssStart = rss(service.pid());
            CountDownLatch all = new CountDownLatch(subscribers * mutations);
            List<WebSocket> normal = new ArrayList<>();
            for (int i = 0; i < subscribers; i++) {
                normal.add(subscriber(http, all));
            }
            List<Socket> stalled = new ArrayList<>();
            for (int left = stalledSubscriptions; left > 0; left -= 20) {
                stalled.add(stalledSocket(Math.min(20, left)));
            }
            Thread.sleep(1000);
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                Thread writer = new Thread(() -> {
                    for (int i; (i = next.getAndIncrement()) < mutations;) {
                        String slug = "live-" + i;
                        mutate(http, token, slug);
                        committed.put(slug, System.nanoTime());
                    }
                });
                writer.start();
                writers.add(writer);
            }
            for (Thread writer : writers) {
                writer.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean complete = all.await(60, TimeUnit.SECONDS);
            long rssEnd = rss(service.pid());
            int closed = 0;
            for (Socket socket : stalled) {
                closed += endsWithin(socket, 5000) ? 1 : 0;
            }
            List<Long> sorted = new ArrayList<>(delays);
            Collections.sort(sorted);
            System.out.printf("%d mutations from 8 threads in %.1f s: %.0f writes/s%n", mutations, seconds, mutations / seconds);
            System.out.printf("%d normal subscribers selecting node: %d of %d events%s; delay from the mutation's response:"
                    + " p50 %d ms, p99 %d ms, max %d ms%n", subscribers, events.get(), subscribers * mutations,
                    complete ? "" : " (INCOMPLETE)", pct(sorted, 0.5), pct(sorted, 0.99), sorted.get(sorted.size() - 1));
            System.out.printf("%d stalled subscriptions on %d sockets that never read: %d sockets closed by the server%n",
                    stalledSubscriptions, stalled.size(), closed);
            System.out.printf("service RSS: %d MB before the burst, %d MB after%n", rssStart / 1024, rssEnd / 1024);
            normal.forEach(ws -> ws.abort());
        } finally {
            service.destroy();
            service.waitFor(60, TimeUnit.SECONDS);
        }
    }

    static long pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) (p * sorted.size())));
    }

    static WebSocket subscriber(HttpClient http, CountDownLatch all) throws Exception {
        CountDownLatch acked = new CountDownLatch(1);
        WebSocket ws = http.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://127.0.0.1:" + PORT + "/graphql"), new WebSocket.Listener() {
                    final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            String text = partial.toString();
                            partial.setLength(0);
                            if (text.contains("connection_ack")) {
                                acked.countDown();
                            }
                            Matcher slug = SLUG.matcher(text);
                            if (text.contains("\"next\"") && slug.find()) {
                                Long at = committed.get(slug.group(1));
                                long now = System.nanoTime();
                                if (at == null) { // the event came before the writer recorded the response
                                    at = now;
                                }
                                delays.add(Math.max(0, (now - at) / 1_000_000));
                                events.incrementAndGet();
                                all.countDown();
                            }
                        }
                        socket.request(1);
                        return null;
                    }
                }).join();
        ws.sendText("{\"type\":\"connection_init\"}", true).join();
        acked.await(10, TimeUnit.SECONDS);
        ws.sendText("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":\"" + SUBSCRIPTION + "\"}}", true).join();
        return ws;
    }

    static Socket stalledSocket(int subscriptions) throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(2048);
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", PORT));
        OutputStream out = socket.getOutputStream();
        out.write(("GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) in.read());
        }
        frame(out, "{\"type\":\"connection_init\"}");
        byte[] ack = in.readNBytes(2);
        in.readNBytes(ack[1] & 0x7f);
        for (int i = 0; i < subscriptions; i++) {
            frame(out, "{\"type\":\"subscribe\",\"id\":\"s" + i + "\",\"payload\":{\"query\":\"" + SUBSCRIPTION + "\"}}");
        }
        return socket; // and never read again
    }

    static void frame(OutputStream out, String text) throws Exception {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream frame = new java.io.ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xff);
        }
        byte[] mask = {7, 3, 5, 1};
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    static boolean endsWithin(Socket socket, int millis) {
        try {
            socket.setSoTimeout(millis);
            byte[] sink = new byte[65536];
            while (socket.getInputStream().read(sink) >= 0) {
                // drain what the kernel still holds
            }
            return true;
        } catch (java.net.SocketTimeoutException open) {
            return false;
        } catch (Exception reset) {
            return true;
        }
    }

    static void mutate(HttpClient http, String token, String slug) {
        String body = "{\"query\":\"mutation($in: CreateCompanyInput!) { createCompany(input: $in) { slug } }\",\"variables\":{\"in\":"
                + "{\"slug\":\"" + slug + "\",\"name\":\"Live " + slug + "\",\"kind\":\"OTHER\",\"description\":\"A company created by the live load benchmark.\"}}}";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/graphql"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                throw new IllegalStateException(response.body());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(KeyPair key, String subject) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String claims = b64("{\"iss\":\"https://bench.example\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":[\"editor\"],\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key.getPrivate());
        rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static long rss(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    static void awaitReady(HttpClient http) throws Exception {
        for (int i = 0; i < 600; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not become ready");
    }
}
