package dev.boucle.pad;

import dev.boucle.BoucleIntegrationTest;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A coding round with an interviewer and an open pad, made through the API as staff would. */
abstract class PadTestSupport extends BoucleIntegrationTest {

    record LiveRound(long round, long application, String token, Person interviewer) {
        String candidatePath() {
            return "/pad/" + token;
        }
    }

    LiveRound liveRound(String policy) {
        Person interviewer = person("INTERVIEWER");
        long application = apply(createCandidate("Candide Live"), createJob("software-engineer", null));
        move(application, "advance", null);
        move(application, "advance", null);
        long round = -1;
        for (JsonNode i : admin().get("/api/v1/applications/" + application + "/interviews").json()) {
            if (i.get("roundType").asString().equals("ALGORITHMIC_CODING")) round = i.get("id").asLong();
        }
        var planned = admin().send("PUT", "/api/v1/interviews/" + round, "application/json",
                "{\"interviewers\": [" + interviewer.id() + "], \"aiPolicy\": \"" + policy + "\"}");
        if (planned.status() != 200) throw new IllegalStateException(planned.body());
        var pad = interviewer.api().send("PUT", "/api/v1/interviews/" + round + "/pad", "application/json",
                "{\"problemId\": \"calm-stretch\"}");
        if (pad.status() != 200) throw new IllegalStateException(pad.body());
        String url = pad.json().get("url").asString();
        return new LiveRound(round, application, url.substring("/pad/".length()), interviewer);
    }

    /** The pad as the server holds it, through the staff API. */
    JsonNode document(LiveRound r) {
        return r.interviewer().api().get("/api/v1/interviews/" + r.round() + "/pad").json();
    }

    JsonNode events(LiveRound r, long after) {
        return r.interviewer().api().get("/api/v1/interviews/" + r.round() + "/pad/events?after=" + after).json();
    }

    /** Waits up to 20 s for an event of this kind on the round's timeline. */
    JsonNode awaitEvent(LiveRound r, String kind) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode e : events(r, 0)) if (e.get("kind").asString().equals(kind)) return e;
            Thread.sleep(100);
        }
        throw new AssertionError("no " + kind + " on the timeline of round " + r.round());
    }

    static Map<String, Object> paste(int size) {
        return Map.of("kind", "PASTE", "size", size, "lines", 1, "preview", "x".repeat(Math.min(size, 60)));
    }
}
