package dev.boucle.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What the scheduling tests share: interviewers with profiles, an application at the onsite loop, a finished solve. */
abstract class SchedulingTestSupport extends BoucleIntegrationTest {

    static final List<String> ONSITE = List.of("ALGORITHMIC_CODING", "SYSTEMS_CODING", "SYSTEM_DESIGN", "AI_SYSTEM_DESIGN", "BEHAVIORAL");

    Map<String, Object> profile(String office, List<String> types) {
        Map<String, Object> p = new HashMap<>(Map.of("office", office, "languages", List.of("en"), "roundTypes", types,
                "workStart", "09:00", "workEnd", "18:00", "maxPerWeek", 8, "trainee", false));
        return p;
    }

    Api.Response putProfile(Api api, long userId, Map<String, Object> body) {
        return api.send("PUT", "/api/v1/interviewers/" + userId + "/profile", "application/json",
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body));
    }

    Person interviewer(List<String> types) {
        Person p = person("INTERVIEWER");
        assertThat(putProfile(p.api(), p.id(), profile("paris", types)).status()).isEqualTo(200);
        return p;
    }

    /** An application of a new software-engineer job, advanced to the onsite loop. */
    long atOnsite() {
        long app = apply(createCandidate("Onsite " + unique("c")), createJob("software-engineer", null));
        move(app, "advance", null);
        move(app, "advance", null);
        completeOpenRounds(app);
        assertThat(move(app, "advance", null).status()).isEqualTo(200);
        assertThat(application(app).get("stage").asString()).isEqualTo("ONSITE_LOOP");
        return app;
    }

    JsonNode waitForPlan(long scheduleId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode s;
        do {
            s = admin().get("/api/v1/schedules/" + scheduleId).json();
            if (!s.get("status").asString().equals("RUNNING")) return s;
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("schedule " + scheduleId + " still running");
    }

    /** Monday to Wednesday of the week after next, 09:00-18:00 in Paris, as the API takes it. */
    static String threeDays() {
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Paris")).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        return "[" + String.join(",", List.of(0, 1, 2).stream().map(d -> "{\"start\": \"" + monday.plusDays(d) + "T09:00\", \"end\": \""
                + monday.plusDays(d) + "T18:00\"}").toList()) + "]";
    }

    /** An onsite loop planned and published through the API; returns the published plan. */
    JsonNode publishedOnsite(long app) throws InterruptedException {
        assertThat(admin().send("PUT", "/api/v1/applications/" + app + "/candidate-availability", "application/json",
                "{\"zone\": \"Europe/Paris\", \"slots\": " + threeDays() + "}").status()).isEqualTo(200);
        Api.Response started = admin().post("/api/v1/applications/" + app + "/schedule", Map.of("stage", "ONSITE_LOOP"));
        assertThat(started.status()).isEqualTo(202);
        long id = started.json().get("id").asLong();
        JsonNode plan = waitForPlan(id);
        assertThat(plan.get("status").asString()).isEqualTo("DONE");
        assertThat(admin().post("/api/v1/schedules/" + id + "/publish", Map.of()).status()).isEqualTo(200);
        return plan.get("plan");
    }
}
