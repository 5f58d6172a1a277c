package dev.boucle.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The hiring API end to end on embedded PostgreSQL: jobs, candidates, applications and moves. */
class ApplicationsApiTest extends BoucleIntegrationTest {

    @Test
    @DisplayName("the process, tracks and offices are published as the contract says")
    void tracksAndOffices() {
        JsonNode tracks = admin().get("/api/v1/tracks").json();
        List<String> keys = new ArrayList<>();
        tracks.forEach(t -> keys.add(t.get("key").asString()));
        assertThat(keys).containsExactly("research-scientist", "research-engineer", "software-engineer", "solutions-engineer");
        List<String> kinds = new ArrayList<>();
        tracks.get(0).get("stages").forEach(s -> kinds.add(s.get("kind").asString()));
        assertThat(kinds).containsExactly("RECRUITER_SCREEN", "HIRING_MANAGER", "PHONE_SCREEN", "ONSITE_LOOP", "FINAL_REVIEW", "OFFER");
        JsonNode offices = admin().get("/api/v1/offices").json();
        assertThat(offices).hasSize(4);
        assertThat(offices.get(0).get("key").asString()).isEqualTo("paris");
        assertThat(offices.get(0).get("zone").asString()).isEqualTo("Europe/Paris");
        assertThat(offices.get(0).get("currency").asString()).isEqualTo("EUR");
        assertThat(offices.get(0).get("region").asString()).isEqualTo("EU");
    }

    @Test
    @DisplayName("a candidate goes from application to hire, with every move in the timeline")
    void fullLoop() {
        long job = createJob("software-engineer", null);
        long candidate = createCandidate("Camille Durand");
        long app = apply(candidate, job);
        JsonNode fresh = application(app);
        assertThat(fresh.get("stage").asString()).isEqualTo("RECRUITER_SCREEN");
        assertThat(fresh.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(fresh.get("daysInProcess").asLong()).isZero();

        for (String expected : List.of("HIRING_MANAGER", "PHONE_SCREEN", "ONSITE_LOOP", "FINAL_REVIEW", "OFFER")) {
            completeOpenRounds(app);
            Api.Response moved = move(app, "advance", null);
            assertThat(moved.status()).isEqualTo(200);
            assertThat(moved.json().get("stage").asString()).isEqualTo(expected);
        }
        Api.Response hired = move(app, "advance", "Signed");
        assertThat(hired.json().get("status").asString()).isEqualTo("HIRED");

        JsonNode done = application(app);
        List<String> types = new ArrayList<>();
        done.get("events").forEach(e -> types.add(e.get("type").asString()));
        assertThat(types).startsWith("APPLIED").endsWith("HIRED");
        assertThat(types.stream().filter("ADVANCED"::equals)).hasSize(5);
        assertThat(types).contains("ROUND_COMPLETED");
        assertThat(done.get("events").get(0).get("actor").asString()).isEqualTo("Bootstrap admin");
        assertThat(move(app, "withdraw", null).status()).isEqualTo(409);
    }

    @Test
    @DisplayName("advancing past the onsite loop with an open round is refused with the reason, and nothing changes")
    void onsiteNeedsRoundsDoneOrWaived() {
        long app = apply(createCandidate("Léa Martin"), createJob("research-scientist", null));
        for (int i = 0; i < 3; i++) {
            completeOpenRounds(app);
            move(app, "advance", null);
        }
        JsonNode before = application(app);
        assertThat(before.get("stage").asString()).isEqualTo("ONSITE_LOOP");
        int events = before.get("events").size();

        Api.Response refused = move(app, "advance", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("6 rounds of the Onsite loop stage are neither done nor waived");
        JsonNode after = application(app);
        assertThat(after.get("stage").asString()).isEqualTo("ONSITE_LOOP");
        assertThat(after.get("events").size()).isEqualTo(events);

        // Waiving needs a reason; with one, the named person is recorded.
        List<Long> open = new ArrayList<>();
        after.get("rounds").forEach(r -> {
            if (r.get("stage").asString().equals("ONSITE_LOOP")) open.add(r.get("id").asLong());
        });
        Api.Response noReason = admin().post("/api/v1/applications/" + app + "/rounds/" + open.getFirst() + "/waive", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        Api.Response waived = admin().post("/api/v1/applications/" + app + "/rounds/" + open.getFirst() + "/waive",
                Map.of("reason", "Same paper discussed at the phone screen"));
        assertThat(waived.json().get("status").asString()).isEqualTo("WAIVED");
        assertThat(waived.json().get("resolvedByName").asString()).isEqualTo("Bootstrap admin");
        assertThat(move(app, "advance", null).json().get("detail").asString()).contains("5 rounds");
        completeOpenRounds(app);
        assertThat(move(app, "advance", null).json().get("stage").asString()).isEqualTo("FINAL_REVIEW");
    }

    @Test
    @DisplayName("hold, resume, reject and the illegal moves around them")
    void holdResumeReject() {
        long app = apply(createCandidate("Oliver Smith"), createJob("solutions-engineer", null));
        assertThat(move(app, "resume", null).status()).isEqualTo(409);
        assertThat(move(app, "hold", "Travelling").json().get("status").asString()).isEqualTo("ON_HOLD");
        Api.Response advanceOnHold = move(app, "advance", null);
        assertThat(advanceOnHold.status()).isEqualTo(409);
        assertThat(advanceOnHold.json().get("detail").asString()).contains("on hold");
        assertThat(move(app, "resume", null).json().get("status").asString()).isEqualTo("ACTIVE");

        Api.Response noReason = move(app, "reject", "  ");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get("reason").asString()).contains("reason");
        assertThat(application(app).get("status").asString()).isEqualTo("ACTIVE");

        assertThat(move(app, "reject", "Not enough distributed-systems depth").json().get("status").asString()).isEqualTo("REJECTED");
        JsonNode rejected = application(app);
        assertThat(rejected.get("events").get(rejected.get("events").size() - 1).get("reason").asString())
                .isEqualTo("Not enough distributed-systems depth");
        Api.Response closed = move(app, "resume", null);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("detail").asString()).contains("closed (Rejected)");
    }

    @Test
    @DisplayName("bad requests are problem+json naming what is wrong")
    void badRequests() {
        Api.Response badAction = move(apply(createCandidate("Hugo Petit"), createJob("software-engineer", null)), "promote", null);
        assertThat(badAction.status()).isEqualTo(400);
        assertThat(badAction.json().get("errors").get("action")).isNotNull();

        Api.Response badJob = admin().post("/api/v1/jobs", Map.of("title", "", "track", "data-scientist", "level", "L9", "office", "berlin"));
        assertThat(badJob.status()).isEqualTo(400);
        assertThat(badJob.contentType()).startsWith("application/problem+json");
        assertThat(badJob.json().get("errors").propertyNames()).containsExactlyInAnyOrder("title", "track", "level", "office");

        Api.Response missing = admin().get("/api/v1/applications/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).contains("987654321");

        Api.Response notJson = admin().send("POST", "/api/v1/jobs", "application/json", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");

        long candidate = createCandidate("Inès Leroy");
        long job = createJob("software-engineer", null);
        apply(candidate, job);
        Api.Response twice = admin().post("/api/v1/applications", Map.of("candidateId", candidate, "jobId", job));
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    @DisplayName("errors follow the caller's language")
    void frenchErrors() {
        long app = apply(createCandidate("Zoé Moreau"), createJob("software-engineer", null));
        move(app, "hold", null);
        Api.Response r = admin().send("POST", "/api/v1/applications/" + app + "/transitions", "application/json",
                "{\"action\":\"advance\"}");
        assertThat(r.json().get("detail").asString()).contains("on hold");
        Api.Response fr = Api.bearer(port, ADMIN_TOKEN).sendWithLanguage("POST", "/api/v1/applications/" + app + "/transitions",
                "{\"action\":\"advance\"}", "fr-FR");
        assertThat(fr.status()).isEqualTo(409);
        assertThat(fr.json().get("detail").asString()).contains("en pause");
    }

    @Test
    @DisplayName("no token is 401, a wrong role is 403, both problem+json")
    void unauthorisedAndForbidden() {
        Api.Response none = Api.anonymous(port).get("/api/v1/jobs");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
        Api.Response wrong = Api.bearer(port, "bcl_not-a-real-token").get("/api/v1/jobs");
        assertThat(wrong.status()).isEqualTo(401);
        Api.Response forbidden = person("INTERVIEWER").api().post("/api/v1/jobs",
                Map.of("title", "x", "track", "software-engineer", "level", "L5", "office", "paris"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("the pipeline has a column per stage with counts and the first page of each")
    void pipeline() {
        long job = createJob("research-engineer", null);
        List<Long> apps = new ArrayList<>();
        for (int i = 0; i < 4; i++) apps.add(apply(createCandidate("Candidate " + i), job));
        move(apps.get(0), "advance", null);
        move(apps.get(1), "reject", "No");
        move(apps.get(2), "hold", null);
        JsonNode board = admin().get("/api/v1/jobs/" + job + "/pipeline?limit=1").json();
        JsonNode stages = board.get("stages");
        assertThat(stages).hasSize(6);
        assertThat(stages.get(0).get("stage").asString()).isEqualTo("RECRUITER_SCREEN");
        assertThat(stages.get(0).get("count").asLong()).isEqualTo(2); // one active, one on hold
        assertThat(stages.get(0).get("applications")).hasSize(1);  // the page size asked for
        assertThat(stages.get(1).get("count").asLong()).isEqualTo(1);
        assertThat(stages.get(1).get("applications").get(0).get("applicationId").asLong()).isEqualTo(apps.get(0));
        assertThat(board.get("closed").get("REJECTED").asLong()).isEqualTo(1);
        // The counts kept by triggers match a count of the rows themselves.
        assertThat(jdbc.sql("select count(*) from applications where job_id = ? and stage = 'RECRUITER_SCREEN' and status <> 'REJECTED'")
                .param(job).query(Long.class).single()).isEqualTo(2);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
}
