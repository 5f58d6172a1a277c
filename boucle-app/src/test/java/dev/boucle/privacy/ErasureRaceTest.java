package dev.boucle.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Erasure against the team's other writers, through the API at once: admins erasing the same
 * candidate twice, recruiters opening new applications for them, and exports read meanwhile.
 * Whatever the order, a candidate is erased once, an erased candidate has no open application,
 * and no request fails with a server error.
 */
class ErasureRaceTest extends BoucleIntegrationTest {

    @Test
    @DisplayName("erasures, new applications and exports of one candidate at once: erased once, never with an open application")
    void race() throws Exception {
        Person recruiter = person("RECRUITER");
        int candidates = 8;
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            for (int i = 0; i < candidates; i++) {
                long candidate = createCandidate("Racing " + i);
                long first = apply(candidate, createJob("software-engineer", null));
                assertThat(move(first, "reject", "closed before the race").status()).isEqualTo(200);
                List<Long> jobs = List.of(createJob("software-engineer", null), createJob("research-engineer", null));
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Api.Response>> calls = new ArrayList<>();
                for (int k = 0; k < 2; k++) calls.add(() -> {
                    start.await();
                    return admin().send("DELETE", "/api/v1/candidates/" + candidate, "application/json", "");
                });
                for (long job : jobs) calls.add(() -> {
                    start.await();
                    return recruiter.api().post("/api/v1/applications", Map.of("candidateId", candidate, "jobId", job));
                });
                for (int k = 0; k < 2; k++) calls.add(() -> {
                    start.await();
                    return admin().get("/api/v1/candidates/" + candidate + "/export");
                });
                List<Future<Api.Response>> answers = new ArrayList<>();
                for (var c : calls) answers.add(pool.submit(c));
                start.countDown();
                int erased = 0;
                for (int k = 0; k < answers.size(); k++) {
                    Api.Response r = answers.get(k).get();
                    assertThat(r.status()).as(r.body()).isIn(200, 201, 409);
                    if (k < 2 && r.status() == 200) erased++;
                    if (r.status() == 409) assertThat(r.contentType()).startsWith("application/problem+json");
                }
                JsonNode file = admin().get("/api/v1/candidates/" + candidate).json();
                boolean isErased = file.get("candidate").get("name").asString().equals("[erased]");
                long open = 0;
                for (JsonNode app : file.get("applications")) if (app.get("position").get("status").asString().equals("ACTIVE")) open++;
                if (isErased) {
                    assertThat(erased).as("erased once").isEqualTo(1);
                    assertThat(open).as("an erased candidate has no open application").isZero();
                } else {
                    assertThat(erased).isZero();
                    assertThat(open).as("the erasure lost to an application, which is open").isPositive();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
