package dev.boucle.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver for the tests: a real HTTP server on 127.0.0.1 that keeps every request
 * and answers 204 (or the status it is told). It verifies signatures on its own, with its own
 * HMAC over id.timestamp.body, as a customer's receiver would.
 */
final class Receiver {

    record Received(String id, String timestamp, String signature, String contentType, String body) {}

    final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int answer = 204;
    private HttpServer server;
    private int port;

    static Receiver start() {
        Receiver r = new Receiver();
        r.listen(0);
        return r;
    }

    void listen(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            received.add(new Received(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"),
                    h.getFirst("content-type"), body));
            if (answer == 302) exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port + "/elsewhere");
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    void answer(int status) {
        this.answer = status;
    }

    void stop() {
        server.stop(0);
    }

    /** Starts again on the same port, as a receiver back from an outage. */
    void restart() {
        listen(port);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    List<Received> withId(String id) {
        return received.stream().filter(r -> id.equals(r.id())).toList();
    }

    /** True if one of the request's space-separated {@code v1,} signatures is this secret's. */
    static boolean signedBy(Received r, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String expected = "v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
            return Arrays.asList(r.signature().split(" ")).contains(expected);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
