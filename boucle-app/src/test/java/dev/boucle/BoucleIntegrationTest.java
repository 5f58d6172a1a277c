package dev.boucle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole application on a random port with the embedded PostgreSQL in a fresh data
 * directory, shared by every integration test class (one Spring context, one server).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"boucle.admin-token=" + BoucleIntegrationTest.ADMIN_TOKEN, "boucle.demo=false",
                "boucle.metrics-token=" + BoucleIntegrationTest.METRICS_TOKEN,
                "boucle.questions.exposure-threshold=3", "boucle.scheduling.solve-limit=4s", "boucle.scheduling.replan-limit=3s",
                // Only the tests' own feed server at 127.0.0.1 is trusted: anything else private is refused,
                // redirects included.
                "boucle.scheduling.feed-trusted-hosts=127.0.0.1",
                // Every test signs in from 127.0.0.1: the per-address limit would add up across the suite.
                "boucle.sign-in.failures-per-address=1000",
                // Likewise the portal's limits per address (PortalRateLimitTest holds them on their own).
                "boucle.portal.requests-per-minute=100000", "boucle.portal.resends-per-hour=100000",
                // Webhook receivers in tests are local servers on 127.0.0.1 over http (UNSAFE outside tests), and
                // retries come fast; endpoints other tests leave without a receiver just fail and back off.
                "boucle.webhooks.unsafe-allow-loopback=true", "boucle.webhooks.first-retry=200ms", "boucle.webhooks.max-retry=1s",
                "boucle.webhooks.poll-ms=200",
                // And the password-reset requests per address (PasswordResetTest counts its own per account).
                "boucle.password.resets-per-address=100000",
                // The test OpenID provider (people.SsoProvider) is on the classpath: its auto-configuration
                // must not turn Boucle itself into an authorization server.
                "spring.autoconfigure.exclude="
                        + "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration,"
                        + "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration"})
public abstract class BoucleIntegrationTest {

    public static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef";
    public static final String PASSWORD = "a-long-test-password";
    /** The scrape token of /actuator/prometheus (BOUCLE_METRICS_TOKEN). */
    public static final String METRICS_TOKEN = "it-metrics-token-0123456789abcdef";
    private static final Path DATA = tempDir();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    protected int port;

    /** A real SMTP server for the whole test run; Boucle's outbox sends to it. */
    public static final com.icegreen.greenmail.util.GreenMail MAIL = startMail();

    /** The pad's assistant endpoint for the whole run: a local server speaking the chat-completions protocol. */
    protected static final dev.boucle.pad.FakeChat CHAT = dev.boucle.pad.FakeChat.start();
    public static final String ASSISTANT_KEY = "it-assistant-key-0123456789";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("boucle.data-dir", DATA::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("boucle.mail.poll-ms", () -> "200");
        registry.add("boucle.assistant.url", CHAT::url);
        registry.add("boucle.assistant.key", () -> ASSISTANT_KEY);
        registry.add("boucle.assistant.model", () -> "fake-model");
        // Single sign-on against the test provider, which only SsoSignInTest starts (the registration is read on first use).
        dev.boucle.people.SsoProvider.boucleProperties().forEach((k, v) -> registry.add(k, () -> v));
    }

    /** A GreenMail SMTP server on a free port of the loopback address. */
    public static com.icegreen.greenmail.util.GreenMail startMail() {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var mail = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", "smtp"));
        mail.start();
        return mail;
    }

    /** The messages GreenMail received for one address, waiting up to 10 s for {@code count} of them. */
    protected static List<jakarta.mail.internet.MimeMessage> mailTo(String address, int count) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        List<jakarta.mail.internet.MimeMessage> found;
        do {
            found = java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
                try {
                    return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
                } catch (jakarta.mail.MessagingException e) {
                    return false;
                }
            }).toList();
            if (found.size() >= count) return found;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        } while (System.nanoTime() < deadline);
        return found;
    }

    /**
     * The subjects of the messages one address received, waiting up to 10 s for one that matches:
     * for shared addresses (the bootstrap admin) that other tests' mail reaches too.
     */
    protected static List<String> subjectsTo(String address, java.util.function.Predicate<String> wanted) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        List<String> subjects = List.of();
        while (System.nanoTime() < deadline) {
            subjects = mailTo(address, 0).stream().map(m -> {
                try {
                    return m.getSubject();
                } catch (jakarta.mail.MessagingException e) {
                    return "";
                }
            }).toList();
            if (subjects.stream().anyMatch(wanted)) return subjects;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return subjects;
            }
        }
        return subjects;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("boucle-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    protected Api admin() {
        return Api.bearer(port, ADMIN_TOKEN);
    }

    /** A new user with these roles and a password; returns its id and an API client holding its token. */
    protected Person person(String... roles) {
        return personSpeaking("en", roles);
    }

    protected Person personSpeaking(String locale, String... roles) {
        String email = unique("user") + "@boucle.test";
        Api.Response created = admin().post("/api/v1/users", Map.of("email", email, "name", "Test " + String.join("+", roles),
                "roles", List.of(roles), "password", PASSWORD, "locale", locale));
        if (created.status() != 201) throw new IllegalStateException("user not created: " + created.body());
        long id = created.json().get("id").asLong();
        String token = admin().post("/api/v1/users/" + id + "/tokens", Map.of()).json().get("token").asString();
        return new Person(id, email, Api.bearer(port, token));
    }

    public record Person(long id, String email, Api api) {}

    protected long createJob(String track, Long managerId) {
        var body = new java.util.HashMap<String, Object>(Map.of("title", unique("Job"), "track", track, "level", "L5", "office", "paris"));
        if (managerId != null) body.put("hiringManagerId", managerId);
        Api.Response r = admin().post("/api/v1/jobs", body);
        if (r.status() != 201) throw new IllegalStateException(r.body());
        return r.json().get("id").asLong();
    }

    protected long createCandidate(String name) {
        Api.Response r = admin().post("/api/v1/candidates", Map.of("name", name, "email", unique("c") + "@example.com"));
        if (r.status() != 201) throw new IllegalStateException(r.body());
        return r.json().get("id").asLong();
    }

    protected long apply(long candidateId, long jobId) {
        Api.Response r = admin().post("/api/v1/applications", Map.of("candidateId", candidateId, "jobId", jobId));
        if (r.status() != 201) throw new IllegalStateException(r.body());
        return r.json().get("id").asLong();
    }

    protected JsonNode application(long id) {
        return admin().get("/api/v1/applications/" + id).json();
    }

    protected Api.Response move(long applicationId, String action, String reason) {
        var body = new java.util.HashMap<String, Object>(Map.of("action", action));
        if (reason != null) body.put("reason", reason);
        return admin().post("/api/v1/applications/" + applicationId + "/transitions", body);
    }

    /** Completes every open round of the application's current stage. */
    /** A scorecard for a round of this type: every competency of its rubric rated {@code score}, with evidence. */
    protected Map<String, Object> scorecard(String roundType, int score) {
        Map<String, Integer> ratings = new java.util.LinkedHashMap<>();
        Map<String, String> evidence = new java.util.LinkedHashMap<>();
        for (JsonNode rubric : admin().get("/api/v1/rubrics").json()) {
            if (!rubric.get("roundType").asString().equals(roundType)) continue;
            for (JsonNode c : rubric.get("competencies")) {
                ratings.put(c.get("key").asString(), score);
                evidence.put(c.get("key").asString(), "Observed while solving the problem");
            }
        }
        if (ratings.isEmpty()) throw new IllegalStateException("no rubric for " + roundType);
        return Map.of("ratings", ratings, "evidence", evidence, "recommendation", score >= 3 ? "YES" : "NO");
    }

    protected void completeOpenRounds(long applicationId) {
        JsonNode app = application(applicationId);
        for (JsonNode round : app.get("rounds")) {
            if (round.get("status").asString().equals("OPEN") && round.get("stage").asString().equals(app.get("stage").asString())) {
                admin().post("/api/v1/applications/" + applicationId + "/rounds/" + round.get("id").asLong() + "/complete", Map.of());
            }
        }
    }
}
