package dev.boucle.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.BoucleIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The board answers 304 to a client holding its current version, and only to someone allowed to see it. */
class BoardEtagTest extends BoucleIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("an unchanged board is 304, a move makes a new ETag, and an outsider's ETag gets 403 not 304")
    void conditionalBoard() throws Exception {
        Person manager = person("HIRING_MANAGER");
        Person otherManager = person("HIRING_MANAGER");
        long job = createJob("software-engineer", manager.id());
        long app = apply(createCandidate("Etag One"), job);

        HttpResponse<String> first = board(ADMIN_TOKEN, job, null);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.body()).contains("Etag One");

        HttpResponse<String> again = board(ADMIN_TOKEN, job, etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);

        // Folding the count changes leaves the board, and so its tag, as it was.
        jdbc.sql("select job_stage_counts_fold(1000000)").query(Long.class).single();
        assertThat(board(ADMIN_TOKEN, job, etag).statusCode()).isEqualTo(304);

        assertThat(move(app, "hold", null).status()).isEqualTo(200);
        HttpResponse<String> moved = board(ADMIN_TOKEN, job, etag);
        assertThat(moved.statusCode()).isEqualTo(200);
        String next = moved.headers().firstValue("ETag").orElseThrow();
        assertThat(next).isNotEqualTo(etag);
        assertThat(moved.body()).contains("ON_HOLD");
        assertThat(board(ADMIN_TOKEN, job, next).statusCode()).isEqualTo(304);

        // A hiring manager of another job holds the current tag, and still gets 403.
        assertThat(status(otherManager, job, next)).isEqualTo(403);
        // The job's own hiring manager may revalidate.
        assertThat(status(manager, job, next)).isEqualTo(304);
    }

    private int status(Person person, long job, String etag) throws Exception {
        String token = admin().post("/api/v1/users/" + person.id() + "/tokens", java.util.Map.of()).json().get("token").asString();
        return board(token, job, etag).statusCode();
    }

    private HttpResponse<String> board(String token, long job, String etag) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/jobs/" + job + "/pipeline"))
                .header("Authorization", "Bearer " + token);
        if (etag != null) b.header("If-None-Match", etag);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
