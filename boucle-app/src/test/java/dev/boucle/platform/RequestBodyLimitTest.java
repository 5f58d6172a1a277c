package dev.boucle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.BoucleIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Oversized bodies are refused while being read, with 413 problem+json, and change nothing. */
class RequestBodyLimitTest extends BoucleIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JdbcClient jdbc;

    /** A candidate whose notes field makes the JSON document {@code size} bytes long. */
    private static byte[] bigCandidate(int size) {
        String head = "{\"name\":\"Big Body\",\"email\":\"big@example.com\",\"source\":\"";
        return (head + "x".repeat(size - head.length() - 2) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String path, String type, HttpRequest.BodyPublisher body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", type).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("a 2 MB JSON body is refused with 413, whether it announces its length or streams in chunks")
    void json() throws Exception {
        long before = jdbc.sql("select count(*) from candidates").query(Long.class).single();
        byte[] body = bigCandidate(2 << 20);
        HttpResponse<String> announced = post("/api/v1/candidates", "application/json", HttpRequest.BodyPublishers.ofByteArray(body));
        assertThat(announced.statusCode()).isEqualTo(413);
        assertThat(announced.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(announced.body()).contains("1024 KB");

        // ofInputStream has no length: HTTP/1.1 chunked, so only counting while reading can catch it.
        HttpResponse<String> chunked = post("/api/v1/candidates", "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.body()).contains("too-large");
        assertThat(jdbc.sql("select count(*) from candidates").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @DisplayName("a 9 MB CSV import is refused with 413 while streaming; a small one still imports")
    void csv() throws Exception {
        StringBuilder csv = new StringBuilder("name,email\n");
        int i = 0;
        while (csv.length() < 9 << 20) csv.append("Person ").append(i).append(",p").append(i++).append("@example.com\n");
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = post("/api/v1/candidates/import", "text/csv",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("4096 KB");

        String email = unique("small") + "@example.com";
        HttpResponse<String> small = post("/api/v1/candidates/import", "text/csv",
                HttpRequest.BodyPublishers.ofString("name,email\nSmall One," + email + "\n"));
        assertThat(small.statusCode()).isEqualTo(201);
    }
}
