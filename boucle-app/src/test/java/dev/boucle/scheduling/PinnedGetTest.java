package dev.boucle.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The feed fetch connects to the address that was checked, never to a second DNS answer. */
class PinnedGetTest {

    @Test
    @DisplayName("the request goes to the pinned address with the feed's host name, which is never resolved again")
    void pinned() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicReference<String> host = new AtomicReference<>();
        server.createContext("/feed.ics", exchange -> {
            host.set(exchange.getRequestHeaders().getFirst("Host"));
            byte[] body = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, 0); // 0: chunked
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            // .invalid never resolves (RFC 6761): a lookup at connect time would fail the request.
            URI uri = URI.create("http://calendar.rebind.invalid:" + port + "/feed.ics?token=secret");
            PinnedGet.Response r = PinnedGet.get(uri, InetAddress.getLoopbackAddress(), 5000, 1 << 20);
            assertThat(r.status()).isEqualTo(200);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR");
            assertThat(host.get()).isEqualTo("calendar.rebind.invalid:" + port);
        } finally {
            server.stop(0);
        }
    }

    @Test
    @DisplayName("bodies are read by length or chunks and cut just past the limit")
    void bodies() throws Exception {
        String chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n";
        assertThat(new String(PinnedGet.read(stream(chunked), 100).body(), StandardCharsets.US_ASCII)).isEqualTo("hello world");
        String sized = "HTTP/1.1 302 Found\r\nLocation: https://elsewhere.example/f.ics\r\nContent-Length: 3\r\n\r\nabcdef";
        PinnedGet.Response redirect = PinnedGet.read(stream(sized), 100);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.headers()).containsEntry("location", "https://elsewhere.example/f.ics");
        assertThat(redirect.body()).hasSize(3);
        String big = "HTTP/1.1 200 OK\r\n\r\n" + "x".repeat(500);
        assertThat(PinnedGet.read(stream(big), 100).body()).hasSize(101);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }
}
