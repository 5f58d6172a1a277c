package dev.boucle.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhooksTest extends BoucleIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> ALL = WebhookEvent.names();
    final List<Receiver> receivers = new ArrayList<>();
    final List<Long> endpoints = new ArrayList<>();

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        endpoints.forEach(id -> admin().send("DELETE", "/api/v1/webhooks/" + id, "application/json", ""));
        receivers.forEach(Receiver::stop);
    }

    Receiver receiver() {
        Receiver r = Receiver.start();
        receivers.add(r);
        return r;
    }

    /** Subscribes the receiver to every event type; returns the id and the secret. */
    JsonNode subscribe(Receiver r) {
        Api.Response created = admin().post("/api/v1/webhooks", Map.of("url", r.url("/hooks/boucle?team=eng"), "events", ALL,
                "description", "test receiver"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        endpoints.add(created.json().get("id").asLong());
        return created.json();
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("never happened: " + what);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static JsonNode body(Receiver.Received r) {
        return JSON.readTree(r.body());
    }

    /** What the receiver got about one application, by event type. */
    static List<Receiver.Received> about(Receiver r, long application, String type) {
        return r.received.stream().filter(x -> {
            JsonNode b = body(x);
            return b.get("type").asString().equals(type) && b.get("data").has("applicationId")
                    && b.get("data").get("applicationId").asLong() == application;
        }).toList();
    }

    JsonNode deliveries(long endpoint) {
        return admin().get("/api/v1/webhooks/" + endpoint + "/deliveries").json();
    }

    Api.Response plan(long round, Map<String, Object> change) {
        return admin().send("PUT", "/api/v1/interviews/" + round, "application/json", JSON.writeValueAsString(change));
    }

    long phoneRound(long app) {
        for (JsonNode i : admin().get("/api/v1/applications/" + app + "/interviews").json()) {
            if (i.get("stage").asString().equals("PHONE_SCREEN")) return i.get("id").asLong();
        }
        throw new AssertionError("no phone screen round");
    }

    Map<String, Object> scorecard(String note) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        for (JsonNode rubric : admin().get("/api/v1/rubrics").json()) {
            if (!rubric.get("roundType").asString().equals("ALGORITHMIC_CODING")) continue;
            for (JsonNode c : rubric.get("competencies")) {
                ratings.put(c.get("key").asString(), 3);
                evidence.put(c.get("key").asString(), note);
            }
        }
        return Map.of("ratings", ratings, "evidence", evidence, "recommendation", "YES", "summary", note);
    }

    @Test
    @DisplayName("events reach a subscribed receiver signed, with ids and states only; while it is down deliveries fail and back off, and all arrive once it is back")
    void deliveredSignedAndAtLeastOnce() {
        Receiver receiver = receiver();
        JsonNode subscription = subscribe(receiver);
        long endpoint = subscription.get("id").asLong();
        String secret = subscription.get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(admin().get("/api/v1/webhooks").body()).doesNotContain(secret);
        assertThat(admin().get("/api/v1/webhooks/" + endpoint).body()).doesNotContain(secret);

        String name = "Zéphyrine " + unique("Webhookname");
        String email = unique("private") + "@example.com";
        long candidate = admin().post("/api/v1/candidates", Map.of("name", name, "email", email)).json().get("id").asLong();
        Person interviewer = person("INTERVIEWER");
        long app = apply(candidate, createJob("software-engineer", null));
        move(app, "advance", null);
        move(app, "advance", null);
        long round = phoneRound(app);
        assertThat(plan(round, Map.of("interviewers", List.of(interviewer.id()), "start", "2031-03-10T09:00:00Z")).status()).isEqualTo(200);
        assertThat(plan(round, Map.of("start", "2031-03-11T14:00:00Z")).status()).isEqualTo(200);
        String note = "Private-evidence-" + unique("note");
        assertThat(interviewer.api().post("/api/v1/interviews/" + round + "/scorecards", scorecard(note)).status()).isEqualTo(201);

        await("three moves, a scheduled and a changed interview, a scorecard", () -> about(receiver, app, "application.moved").size() >= 3
                && about(receiver, app, "interview.scheduled").size() == 1 && about(receiver, app, "interview.changed").size() == 1
                && about(receiver, app, "scorecard.submitted").size() == 1);
        List<Receiver.Received> all = receiver.received.stream().filter(r -> body(r).get("data").path("applicationId").asLong() == app).toList();
        for (Receiver.Received r : all) {
            assertThat(Receiver.signedBy(r, secret)).as("signature of " + r.id()).isTrue();
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(r.id()).startsWith("msg_");
            assertThat(Long.parseLong(r.timestamp())).isBetween(Instant.now().getEpochSecond() - 300, Instant.now().getEpochSecond() + 5);
            assertThat(r.body()).doesNotContain(name).doesNotContain("Zéphyrine").doesNotContain(email).doesNotContain(note)
                    .doesNotContain(interviewer.email()).doesNotContain("Test INTERVIEWER");
            assertThat(body(r).propertyNames()).containsExactlyInAnyOrder("type", "timestamp", "data");
        }
        JsonNode scheduled = body(about(receiver, app, "interview.scheduled").getFirst()).get("data");
        assertThat(scheduled.get("roundId").asLong()).isEqualTo(round);
        assertThat(scheduled.get("interviewerIds").get(0).asLong()).isEqualTo(interviewer.id());
        assertThat(body(about(receiver, app, "interview.changed").getFirst()).get("data").get("start").asString()).isEqualTo("2031-03-11T14:00:00Z");
        // Sent in parallel, so in any order: the application was created at the first stage, then advanced twice.
        List<JsonNode> moves = about(receiver, app, "application.moved").stream().map(r -> body(r).get("data")).toList();
        assertThat(moves).allSatisfy(m -> assertThat(m.get("candidateId").asLong()).isEqualTo(candidate));
        assertThat(moves.stream().map(m -> m.get("to").get("stage").asString())).containsExactlyInAnyOrder("RECRUITER_SCREEN", "HIRING_MANAGER", "PHONE_SCREEN");
        assertThat(moves.stream().filter(m -> m.get("from").isNull()).count()).isEqualTo(1);

        // The receiver goes down: the next events fail, are logged, and wait longer each time.
        receiver.stop();
        move(app, "hold", "waiting for a visa");
        move(app, "resume", null);
        await("failed attempts logged for the two moves", () -> {
            List<JsonNode> pending = new ArrayList<>();
            deliveries(endpoint).forEach(d -> { if (d.get("status").asString().equals("PENDING")) pending.add(d); });
            return pending.size() >= 2 && pending.stream().allMatch(d -> d.get("attempts").asInt() >= 3);
        });
        for (JsonNode d : deliveries(endpoint)) {
            if (!d.get("status").asString().equals("PENDING")) continue;
            JsonNode log = d.get("log");
            assertThat(log.size()).isEqualTo(d.get("attempts").asInt());
            assertThat(d.get("lastError").asString()).isNotBlank();
            assertThat(d.get("lastResponseCode").isNull()).isTrue();
            Instant last = Instant.parse(log.get(log.size() - 1).get("at").asString());
            assertThat(Instant.parse(d.get("nextAttemptAt").asString())).isAfter(last);
            for (JsonNode attempt : log) assertThat(attempt.get("error").asString()).isNotBlank();
        }

        // Back on the same port: every delivery arrives, each message id at least once.
        receiver.restart();
        await("every delivery delivered", () -> {
            JsonNode list = deliveries(endpoint);
            for (JsonNode d : list) if (!d.get("status").asString().equals("DELIVERED")) return false;
            return true;
        });
        Set<String> sent = new java.util.HashSet<>();
        deliveries(endpoint).forEach(d -> sent.add(d.get("msgId").asString()));
        Set<String> got = receiver.received.stream().map(Receiver.Received::id).collect(Collectors.toSet());
        assertThat(got).containsAll(sent);
        assertThat(about(receiver, app, "application.moved").stream().map(r -> body(r).get("data").get("to").get("status").asString()))
                .contains("ON_HOLD");
        JsonNode delivered = deliveries(endpoint).get(0);
        assertThat(delivered.get("lastResponseCode").asInt()).isEqualTo(204);
        assertThat(delivered.get("deliveredAt").isNull()).isFalse();
        assertThat(delivered.get("latencyMs").asInt()).isGreaterThanOrEqualTo(0);
    }

    @Test
    @DisplayName("a replay sends the same message again: same id, same body, freshly signed; a redirect is a failure, never followed")
    void replayAndNoRedirects() {
        Receiver receiver = receiver();
        JsonNode subscription = subscribe(receiver);
        long endpoint = subscription.get("id").asLong();
        long app = apply(createCandidate("Replay " + unique("c")), createJob("software-engineer", null));
        await("the application's move", () -> about(receiver, app, "application.moved").size() == 1);
        Receiver.Received first = about(receiver, app, "application.moved").getFirst();
        JsonNode delivery = null;
        for (JsonNode d : deliveries(endpoint)) if (d.get("msgId").asString().equals(first.id())) delivery = d;
        assertThat(delivery).isNotNull();

        Api.Response replay = admin().post("/api/v1/webhooks/" + endpoint + "/deliveries/" + delivery.get("id").asLong() + "/replay", Map.of());
        assertThat(replay.status()).isEqualTo(202);
        await("the replay", () -> receiver.withId(first.id()).size() == 2);
        Receiver.Received again = receiver.withId(first.id()).get(1);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(Receiver.signedBy(again, subscription.get("secret").asString())).isTrue();
        assertThat(admin().post("/api/v1/webhooks/" + endpoint + "/deliveries/999999999/replay", Map.of()).status()).isEqualTo(404);

        receiver.answer(302);
        long other = apply(createCandidate("Redirect " + unique("c")), createJob("software-engineer", null));
        await("a 302 logged as a failure", () -> {
            for (JsonNode d : deliveries(endpoint)) {
                if (d.get("status").asString().equals("PENDING") && d.get("lastResponseCode").asInt() == 302) return true;
            }
            return false;
        });
        assertThat(receiver.received.stream().filter(r -> body(r).get("data").path("applicationId").asLong() == other)
                .count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    @DisplayName("after a rotation both secrets sign during the overlap; once it has passed only the new one does")
    void rotation() {
        Receiver receiver = receiver();
        JsonNode subscription = subscribe(receiver);
        long endpoint = subscription.get("id").asLong();
        String old = subscription.get("secret").asString();
        Api.Response rotated = admin().post("/api/v1/webhooks/" + endpoint + "/secret", Map.of());
        assertThat(rotated.status()).isEqualTo(200);
        String fresh = rotated.json().get("secret").asString();
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
        assertThat(Instant.parse(rotated.json().get("previousValidUntil").asString())).isAfter(Instant.now().plusSeconds(23 * 3600));

        long during = apply(createCandidate("Rotation " + unique("c")), createJob("software-engineer", null));
        await("a delivery during the overlap", () -> about(receiver, during, "application.moved").size() == 1);
        Receiver.Received both = about(receiver, during, "application.moved").getFirst();
        assertThat(both.signature().split(" ")).hasSize(2);
        assertThat(Receiver.signedBy(both, old)).isTrue();
        assertThat(Receiver.signedBy(both, fresh)).isTrue();

        // The overlap ends (as 24 hours later): the old secret stops signing.
        jdbc.sql("update webhook_endpoints set previous_until = now() - interval '1 second' where id = ?").param(endpoint).update();
        long after = apply(createCandidate("Rotation " + unique("c")), createJob("software-engineer", null));
        await("a delivery after the overlap", () -> about(receiver, after, "application.moved").size() == 1);
        Receiver.Received one = about(receiver, after, "application.moved").getFirst();
        assertThat(one.signature().split(" ")).hasSize(1);
        assertThat(Receiver.signedBy(one, fresh)).isTrue();
        assertThat(Receiver.signedBy(one, old)).isFalse();
    }

    @Test
    @DisplayName("bad subscriptions are refused naming the field, and nothing is stored")
    void badInput() {
        int before = admin().get("/api/v1/webhooks").json().size();
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("url", Map.of("url", "ftp://example.com/hook", "events", List.of("offer.changed")));
        cases.put("events", Map.of("url", "http://127.0.0.1:9/hook", "events", List.of()));
        for (var c : cases.entrySet()) {
            Api.Response r = admin().post("/api/v1/webhooks", c.getValue());
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("errors").has(c.getKey())).as(r.body()).isTrue();
        }
        Api.Response unknown = admin().post("/api/v1/webhooks", Map.of("url", "not a url", "events", List.of("application.deleted")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").has("url")).isTrue();
        assertThat(unknown.json().get("errors").has("events")).isTrue();
        Api.Response missing = admin().post("/api/v1/webhooks", Map.of("description", "x".repeat(501)));
        assertThat(missing.json().get("errors").has("url")).isTrue();
        assertThat(missing.json().get("errors").has("events")).isTrue();
        assertThat(missing.json().get("errors").has("description")).isTrue();
        Api.Response french = admin().sendWithLanguage("POST", "/api/v1/webhooks", "{\"url\": \"ftp://x.example/\", \"events\": [\"offer.changed\"]}",
                "fr");
        assertThat(french.json().get("errors").get("url").asString()).contains("doit utiliser https");
        assertThat(admin().get("/api/v1/webhooks").json().size()).isEqualTo(before);
        assertThat(person("RECRUITER").api().post("/api/v1/webhooks", Map.of("url", "http://127.0.0.1:9/", "events", ALL)).status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("the admins' page subscribes an endpoint, shows field errors, shows the secret once, and lists deliveries with replay and rotation")
    void page() {
        Person admin = person("ADMIN");
        Api page = Api.session(port, admin.email(), PASSWORD);
        Api.Response refused = page.form("/admin/webhooks", Map.of("url", "https://10.0.0.9/hook", "events", "offer.changed"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("data-testid=\"error-url\"").contains("https://10.0.0.9/hook");
        Receiver receiver = receiver();
        String url = receiver.url("/page-hook");
        Api.Response created = page.form("/admin/webhooks", Map.of("url", url, "events", "application.moved", "description", "from the page"));
        assertThat(created.status()).isEqualTo(200);
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("whsec_[A-Za-z0-9+/=]+").matcher(created.body());
        assertThat(secret.find()).isTrue();
        long id = 0;
        for (JsonNode e : admin().get("/api/v1/webhooks").json()) if (e.get("url").asString().equals(url)) id = e.get("id").asLong();
        endpoints.add(id);
        Api.Response list = page.get("/admin/webhooks");
        assertThat(list.body()).contains(url).doesNotContain(secret.group());

        long app = apply(createCandidate("Page " + unique("c")), createJob("software-engineer", null));
        await("the move", () -> about(receiver, app, "application.moved").size() == 1);
        Receiver.Received move = about(receiver, app, "application.moved").getFirst();
        assertThat(Receiver.signedBy(move, secret.group())).isTrue();
        long endpoint = id;
        await("logged as delivered", () -> deliveries(endpoint).get(0).get("status").asString().equals("DELIVERED"));
        Api.Response detail = page.get("/admin/webhooks/" + id);
        assertThat(detail.body()).contains(move.id()).contains("data-testid=\"replay\"");
        long delivery = deliveries(endpoint).get(0).get("id").asLong();
        assertThat(page.form("/admin/webhooks/" + id + "/deliveries/" + delivery + "/replay", Map.of()).status()).isEqualTo(302);
        await("the replay from the page", () -> receiver.withId(move.id()).size() == 2);
        Api.Response rotated = page.form("/admin/webhooks/" + id + "/secret", Map.of());
        assertThat(rotated.body()).contains("data-testid=\"secret\"").doesNotContain(secret.group());
    }

    @Test
    @DisplayName("erasing a candidate cancels what has not gone out about them and sends candidate.erased with their id only")
    void erasure() {
        Receiver receiver = receiver();
        JsonNode subscription = subscribe(receiver);
        long endpoint = subscription.get("id").asLong();
        receiver.stop(); // what is queued now waits
        long candidate = createCandidate("Erased " + unique("c"));
        long app = apply(candidate, createJob("software-engineer", null));
        assertThat(move(app, "reject", "not this time").status()).isEqualTo(200);
        await("the moves attempted and waiting", () -> {
            int waiting = 0;
            for (JsonNode d : deliveries(endpoint)) if (d.get("status").asString().equals("PENDING") && d.get("attempts").asInt() >= 1) waiting++;
            return waiting >= 2;
        });
        Api.Response erased = admin().send("DELETE", "/api/v1/candidates/" + candidate, "application/json", "");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);

        List<JsonNode> cancelled = new ArrayList<>();
        deliveries(endpoint).forEach(d -> { if (d.get("status").asString().equals("CANCELLED")) cancelled.add(d); });
        assertThat(cancelled).hasSizeGreaterThanOrEqualTo(2).allSatisfy(d -> assertThat(d.get("eventType").asString()).isEqualTo("application.moved"));
        assertThat(admin().post("/api/v1/webhooks/" + endpoint + "/deliveries/" + cancelled.getFirst().get("id").asLong() + "/replay", Map.of())
                .status()).isEqualTo(409);

        receiver.restart();
        await("candidate.erased delivered", () -> receiver.received.stream().anyMatch(r -> body(r).get("type").asString().equals("candidate.erased")
                && body(r).get("data").get("candidateId").asLong() == candidate));
        Receiver.Received notice = receiver.received.stream().filter(r -> body(r).get("type").asString().equals("candidate.erased")
                && body(r).get("data").get("candidateId").asLong() == candidate).findFirst().orElseThrow();
        assertThat(body(notice).get("data").propertyNames()).containsExactly("candidateId");
        assertThat(Receiver.signedBy(notice, subscription.get("secret").asString())).isTrue();
        assertThat(about(receiver, app, "application.moved")).isEmpty();
    }
}
