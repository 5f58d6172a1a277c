package dev.boucle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * /actuator/prometheus opens only with the scrape token, and after real work (a submission
 * judged in the sandbox, an e-mail through the outbox to GreenMail) shows Boot's HTTP and pool
 * meters and Boucle's own: judge queue depth and run time, outbox lag.
 */
class PrometheusMetricsTest extends BoucleIntegrationTest {

    private static final String WRONG = """
            class Solution:
                def longestCalmStretch(self, temps, k):
                    return len(temps)
            """;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate tx;

    @Test
    @DisplayName("the metrics are refused without the scrape token, with a wrong one, and with an API token")
    void tokenRequired() {
        assertThat(Api.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(Api.bearer(port, "not-the-token").get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(admin().get("/actuator/prometheus").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("after a judged submission and a sent e-mail, a scrape shows HTTP, pool, judge and outbox meters")
    void scrapeAfterWork() {
        Person interviewer = person("INTERVIEWER");
        long id = interviewer.api().post("/api/v1/submissions",
                Map.of("problemId", "calm-stretch", "language", "python", "source", WRONG)).json().get("id").asLong();
        var judged = awaitJudged(interviewer.api(), id);
        // WA where bubblewrap is installed, SE where it is not: the run is timed under the verdict given either way.
        String verdict = judged.get("result").get("verdict").asString();
        String to = unique("metrics") + "@example.com";
        tx.executeWithoutResult(s -> outbox.queue(to, "Metrics", "A message through the outbox."));
        assertThat(mailTo(to, 1)).hasSize(1);

        String scrape = scrape(body -> body.contains("boucle_judge_run_seconds_count{verdict=\"" + verdict + "\""));
        assertThat(value(scrape, "boucle_judge_run_seconds_count\\{verdict=\"" + verdict + "\"[^}]*\\}")).isGreaterThanOrEqualTo(1);
        assertThat(scrape).contains("boucle_judge_run_seconds_bucket{");
        assertThat(scrape).containsPattern("boucle_judge_queue_depth\\{status=\"queued\"[^}]*\\} \\d");
        assertThat(scrape).containsPattern("boucle_judge_queue_depth\\{status=\"running\"[^}]*\\} \\d");
        assertThat(scrape).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/submissions\"");
        assertThat(scrape).containsPattern("hikaricp_connections_active\\{[^}]*pool=\"boucle\"");
        assertThat(scrape).contains("boucle_outbox_lag_seconds", "boucle_outbox_given_up");
    }

    @Test
    @DisplayName("outbox lag is the age of the oldest e-mail still waiting, and given-up e-mails are counted apart")
    void outboxLag() {
        // An e-mail queued an hour ago that waits for a retry in the future, and one given up after ten attempts.
        long waiting = jdbc.sql("""
                insert into mail_outbox (to_address, subject, body, created_at, next_try_at, attempts)
                values ('late@example.com', 'Late', 'Waiting.', now() - interval '1 hour', now() + interval '1 day', 1)
                returning id""").query(Long.class).single();
        long givenUp = jdbc.sql("""
                insert into mail_outbox (to_address, subject, body, created_at, attempts)
                values ('dead@example.com', 'Dead', 'Given up.', now() - interval '2 days', 10) returning id""")
                .query(Long.class).single();
        try {
            String scrape = scrape(body -> value(body, "boucle_outbox_lag_seconds(\\{[^}]*\\})?") >= 3600);
            // The given-up row is older but no longer tried: it does not count as lag.
            assertThat(value(scrape, "boucle_outbox_lag_seconds(\\{[^}]*\\})?")).isBetween(3600.0, 2 * 3600.0);
            assertThat(value(scrape, "boucle_outbox_given_up(\\{[^}]*\\})?")).isGreaterThanOrEqualTo(1);
        } finally {
            jdbc.sql("delete from mail_outbox where id in (?, ?)").params(waiting, givenUp).update();
        }
    }

    /** Scrapes until the body satisfies the condition (gauges are cached for 5 s), at most 20 s. */
    private String scrape(Predicate<String> ready) {
        Instant until = Instant.now().plusSeconds(20);
        String body;
        do {
            Api.Response r = Api.bearer(port, METRICS_TOKEN).get("/actuator/prometheus");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).startsWith("text/plain");
            body = r.body();
            if (ready.test(body)) return body;
            pause();
        } while (Instant.now().isBefore(until));
        return body;
    }

    /** The sample value of the first line whose name and labels match the pattern; -1 when absent. */
    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(m.groupCount())) : -1;
    }

    private static tools.jackson.databind.JsonNode awaitJudged(Api api, long id) {
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            var s = api.get("/api/v1/submissions/" + id).json();
            if (s.get("status").asString().equals("DONE")) return s;
            pause();
        }
        throw new AssertionError("submission " + id + " not judged within 120 s");
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
