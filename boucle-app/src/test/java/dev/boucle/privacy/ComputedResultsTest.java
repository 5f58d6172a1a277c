package dev.boucle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log of computed results (AI Act Art. 12, 26(6)) through the API: the judge's verdict on a
 * candidate's code, calibrated scores in a review packet and a suggested plan are each logged
 * with the engine's version and their inputs (never the code itself), labelled as computed where
 * staff see them, and a decision records its decider's oversight.
 */
class ComputedResultsTest extends BoucleIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String WRONG = """
            class Solution:
                def longestCalmStretch(self, temps, k):
                    return len(temps)
            """;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Computations computations;

    @Test
    @DisplayName("a candidate's judged submission is logged with the judge's version, the problem, the language and the code's hash, never the code")
    void judgedSubmission() throws Exception {
        Person interviewer = person("INTERVIEWER");
        long app = apply(createCandidate("Judged Candidate"), createJob("software-engineer", null));
        long round = codingRound(app, interviewer);
        String link = interviewer.api().send("PUT", "/api/v1/interviews/" + round + "/pad", "application/json",
                "{\"problemId\": \"calm-stretch\"}").json().get("url").asString();
        Api candidate = Api.visitor(port);
        JsonNode state = candidate.get(link + "/state").json();
        var push = JSON.createObjectNode().put("t", "push").put("v", state.get("version").asInt());
        push.putArray("updates").addObject().put("id", "candidate").set("c", JSON.createArrayNode()
                .add(JSON.createArrayNode().add(state.get("text").asString().length()).add(WRONG)));
        assertThat(candidate.send("POST", link + "/send", "application/json", push.toString()).status()).isEqualTo(200);
        long submission = candidate.post(link + "/runs", Map.of()).json().get("submission").asLong();

        JsonNode judged = await(() -> interviewer.api().get("/api/v1/submissions/" + submission).json(),
                s -> s.get("status").asString().equals("DONE") && !s.get("computationId").isNull());
        assertThat(judged.get("computed").asBoolean()).isTrue();
        String source = judged.get("source").asString();

        Api.Response listed = admin().get("/api/v1/applications/" + app + "/computations");
        assertThat(listed.status()).isEqualTo(200);
        JsonNode record = find(listed.json(), "JUDGE_VERDICT");
        assertThat(record.get("computed").asBoolean()).isTrue();
        JsonNode c = record.get("computation");
        assertThat(c.get("id").asLong()).isEqualTo(judged.get("computationId").asLong());
        assertThat(c.get("engine").asString()).isEqualTo("boucle-judge");
        assertThat(c.get("engineVersion").asString()).isNotBlank().isNotEqualTo("unpackaged");
        assertThat(c.get("subject").asLong()).isEqualTo(submission);
        JsonNode inputs = c.get("inputs");
        assertThat(inputs.get("problemId").asString()).isEqualTo("calm-stretch");
        assertThat(inputs.get("problemVersion").asString()).isEqualTo(c.get("engineVersion").asString());
        assertThat(inputs.get("language").asString()).isEqualTo("python");
        assertThat(inputs.get("submittedBy").asString()).isEqualTo("CANDIDATE");
        assertThat(inputs.get("sourceSha256").asString()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8))));
        assertThat(c.get("output").get("verdict").asString()).isEqualTo("WA");
        assertThat(Instant.parse(c.get("keepUntil").asString())).isAfter(Instant.now().plus(Duration.ofDays(24 * 30 - 5)));
        // Neither the code nor any line of it is in the record.
        assertThat(listed.body()).doesNotContain("longestCalmStretch", "return len(temps)");

        // Someone with no relation to the candidate reads nothing and reviews nothing.
        Person stranger = person("INTERVIEWER");
        assertThat(person("HIRING_MANAGER").api().get("/api/v1/applications/" + app + "/computations").status()).isEqualTo(403);
        assertThat(stranger.api().post("/api/v1/computations/" + c.get("id").asLong() + "/reviews", Map.of("followed", true)).status())
                .isEqualTo(403);
        Api.Response reviewed = interviewer.api().post("/api/v1/computations/" + c.get("id").asLong() + "/reviews",
                Map.of("followed", false, "note", "the candidate's fix came after the run"));
        assertThat(reviewed.status()).isEqualTo(201);
        assertThat(reviewed.json().get("reason").asString()).isEqualTo("REVIEWED");
        assertThat(interviewer.api().post("/api/v1/computations/" + c.get("id").asLong() + "/reviews",
                Map.of("note", "x".repeat(201))).json().get("errors").has("note")).isTrue();
    }

    @Test
    @DisplayName("calibrated scores are labelled and logged once per set of inputs; the decision records its decider's review of them")
    void decisionRecordsOversight() {
        Person manager = person("HIRING_MANAGER");
        Person interviewer = person("INTERVIEWER");
        long app = apply(createCandidate("Calibrated Candidate"), createJob("software-engineer", manager.id()));
        for (int i = 0; i < 3; i++) {
            completeOpenRounds(app);
            move(app, "advance", null);
        }
        long round = -1;
        String type = null;
        for (JsonNode i : admin().get("/api/v1/applications/" + app + "/interviews").json()) {
            if (i.get("stage").asString().equals("ONSITE_LOOP")) {
                round = i.get("id").asLong();
                type = i.get("roundType").asString();
            }
        }
        admin().send("PUT", "/api/v1/interviews/" + round, "application/json", "{\"interviewers\": [" + interviewer.id() + "]}");
        assertThat(interviewer.api().post("/api/v1/interviews/" + round + "/scorecards", scorecard(type, 3)).status()).isEqualTo(201);
        completeOpenRounds(app);
        move(app, "advance", null);
        // The other onsite rounds were completed without scorecards: the manager closes the stage to reveal the one given.
        assertThat(manager.api().post("/api/v1/applications/" + app + "/stages/ONSITE_LOOP/close", Map.of("reason", "one panel is enough here"))
                .status()).isLessThan(300);

        JsonNode packet = manager.api().get("/api/v1/applications/" + app + "/review").json();
        JsonNode line = packet.get("scores").get(0);
        assertThat(line.get("computed").asBoolean()).isTrue();
        long computation = line.get("computationId").asLong();
        manager.api().get("/api/v1/applications/" + app + "/review");
        assertThat(Api.session(port, manager.email(), PASSWORD).get("/applications/" + app + "/review").body())
                .contains("data-testid=\"computed\"", "Computed");
        JsonNode logged = admin().get("/api/v1/applications/" + app + "/computations").json();
        assertThat(logged.valueStream().filter(i -> i.get("computation").get("kind").asString().equals("CALIBRATED_SCORE")).count())
                .as("reading the packet again logs nothing new").isEqualTo(1);
        JsonNode inputs = find(logged, "CALIBRATED_SCORE").get("computation").get("inputs");
        assertThat(inputs.get("settings").get("priorStrength").asDouble()).isEqualTo(3.0);
        assertThat(inputs.get("ratings").get(0).get("raw").asDouble()).isEqualTo(3.0);

        assertThat(manager.api().post("/api/v1/applications/" + app + "/decision",
                Map.of("decision", "NO_HIRE", "rationale", "Bar not met on design")).status()).isEqualTo(201);
        JsonNode reviews = find(admin().get("/api/v1/applications/" + app + "/computations").json(), "CALIBRATED_SCORE").get("reviews");
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).get("computationId").asLong()).isEqualTo(computation);
        assertThat(reviews.get(0).get("reviewerId").asLong()).isEqualTo(manager.id());
        assertThat(reviews.get(0).get("reason").asString()).isEqualTo("DECISION_RECORDED");
        // Calibration recommends no verdict, so there is nothing the decision could have followed.
        assertThat(reviews.get(0).get("followed").isNull()).isTrue();
    }

    @Test
    @DisplayName("a finished planning run logs its suggestion with the scheduler's version and settings")
    void suggestedPlan() throws Exception {
        for (int i = 0; i < 5; i++) {
            Person p = person("INTERVIEWER");
            Map<String, Object> profile = new HashMap<>(Map.of("office", "paris", "languages", List.of("en"), "roundTypes",
                    List.of("ALGORITHMIC_CODING", "SYSTEMS_CODING", "SYSTEM_DESIGN", "AI_SYSTEM_DESIGN", "BEHAVIORAL"),
                    "workStart", "09:00", "workEnd", "18:00", "maxPerWeek", 8, "trainee", false));
            p.api().send("PUT", "/api/v1/interviewers/" + p.id() + "/profile", "application/json", JSON.writeValueAsString(profile));
        }
        long app = apply(createCandidate("Planned Candidate"), createJob("software-engineer", null));
        move(app, "advance", null);
        move(app, "advance", null);
        completeOpenRounds(app);
        move(app, "advance", null);
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Paris")).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        admin().send("PUT", "/api/v1/applications/" + app + "/candidate-availability", "application/json",
                "{\"zone\": \"Europe/Paris\", \"slots\": [{\"start\": \"" + monday + "T09:00\", \"end\": \"" + monday.plusDays(2) + "T18:00\"}]}");
        long schedule = admin().post("/api/v1/applications/" + app + "/schedule", Map.of("stage", "ONSITE_LOOP")).json().get("id").asLong();
        JsonNode done = await(() -> admin().get("/api/v1/schedules/" + schedule).json(), s -> !s.get("status").asString().equals("RUNNING"));
        assertThat(done.get("status").asString()).isEqualTo("DONE");

        JsonNode c = find(admin().get("/api/v1/applications/" + app + "/computations").json(), "SCHEDULE_SUGGESTION").get("computation");
        assertThat(c.get("subject").asLong()).isEqualTo(schedule);
        assertThat(c.get("engineVersion").asString()).contains("Timefold");
        assertThat(c.get("inputs").get("settings").get("solveLimitSeconds").asLong()).isEqualTo(4);
        assertThat(c.get("output").get("placed").asInt()).isEqualTo(done.get("placed").asInt());
    }

    @Test
    @DisplayName("records past their keeping date are deleted; a setting under six months is refused, naming the article")
    void retention() {
        long expired = jdbc.sql("""
                insert into computations (kind, engine, engine_version, inputs, output, keep_until)
                values ('JUDGE_VERDICT', 'boucle-judge', 'test', '{}', '{}', now() - interval '1 day') returning id""").query(Long.class).single();
        long kept = jdbc.sql("""
                insert into computations (kind, engine, engine_version, inputs, output, keep_until)
                values ('JUDGE_VERDICT', 'boucle-judge', 'test', '{}', '{}', now() + interval '1 day') returning id""").query(Long.class).single();
        assertThat(computations.purge()).isGreaterThanOrEqualTo(1);
        assertThat(computations.byId(expired)).isEmpty();
        assertThat(computations.byId(kept)).isPresent();
        assertThatThrownBy(() -> new AiRecordSettings(5)).hasMessageContaining("at least 6 months").hasMessageContaining("26(6)");
        assertThat(new AiRecordSettings(null).months()).isEqualTo(24);
    }

    private long codingRound(long app, Person interviewer) {
        for (int stage = 0; stage < 4; stage++) {
            for (JsonNode round : application(app).get("rounds")) {
                if (round.get("type").asString().equals("ALGORITHMIC_CODING")) {
                    long id = round.get("id").asLong();
                    jdbc.sql("insert into round_panel (round_id, user_id) values (?, ?)").params(id, interviewer.id()).update();
                    return id;
                }
            }
            completeOpenRounds(app);
            move(app, "advance", null);
        }
        throw new IllegalStateException("no algorithmic coding round");
    }

    static JsonNode find(JsonNode items, String kind) {
        return items.valueStream().filter(i -> i.get("computation").get("kind").asString().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + items));
    }

    static JsonNode await(java.util.function.Supplier<JsonNode> read, Predicate<JsonNode> done) {
        Instant until = Instant.now().plusSeconds(120);
        JsonNode last = null;
        while (Instant.now().isBefore(until)) {
            last = read.get();
            if (done.test(last)) return last;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("not done within 120 s: " + last);
    }
}
