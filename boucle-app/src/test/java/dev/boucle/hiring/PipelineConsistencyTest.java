package dev.boucle.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Random moves through the real API and database: every accepted move leaves exactly one
 * event, the last event says where the application stands, and the board's counts (kept by
 * triggers) equal a count of the rows.
 */
class PipelineConsistencyTest extends BoucleIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("200 random moves leave no application undefined, no event lost and the board's counts exact")
    void randomMoves() {
        long job = createJob("research-engineer", null);
        List<Long> apps = new ArrayList<>();
        for (int i = 0; i < 12; i++) apps.add(apply(createCandidate("Random " + i), job));
        Map<Long, Integer> accepted = new HashMap<>();
        Random random = new Random(42);
        String[] actions = {"advance", "advance", "advance", "hold", "resume", "reject", "withdraw"};
        for (int i = 0; i < 200; i++) {
            long app = apps.get(random.nextInt(apps.size()));
            if (random.nextInt(3) == 0) completeOpenRounds(app);
            Api.Response r = move(app, actions[random.nextInt(actions.length)], random.nextBoolean() ? "because" : null);
            assertThat(r.status()).isIn(200, 400, 409);
            if (r.status() == 200) accepted.merge(app, 1, Integer::sum);
        }
        for (long app : apps) {
            JsonNode a = application(app);
            List<String> moves = new ArrayList<>();
            a.get("events").forEach(e -> {
                if (!e.get("type").asString().startsWith("ROUND") && !e.get("type").asString().equals("PANEL_ASSIGNED")) {
                    moves.add(e.get("type").asString());
                }
            });
            assertThat(moves.getFirst()).isEqualTo("APPLIED");
            assertThat(moves).hasSize(1 + accepted.getOrDefault(app, 0));
            JsonNode last = null;
            for (JsonNode e : a.get("events")) if (e.get("toStatus") != null && !e.get("toStatus").isNull()) last = e;
            assertThat(last.get("toStage").asString()).isEqualTo(a.get("stage").asString());
            assertThat(last.get("toStatus").asString()).isEqualTo(a.get("status").asString());
        }
        Map<String, Long> counted = new HashMap<>();
        jdbc.sql("select stage || '/' || status, count(*) from applications where job_id = ? group by 1").param(job)
                .query(rs -> { counted.put(rs.getString(1), rs.getLong(2)); });
        Map<String, Long> kept = new HashMap<>();
        jdbc.sql("select stage || '/' || status, n from job_board_counts where job_id = ? and n > 0").param(job)
                .query(rs -> { kept.put(rs.getString(1), rs.getLong(2)); });
        assertThat(kept).isEqualTo(counted);
    }
}
