package dev.boucle.pad;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.SecondNode;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * One pad served by two app nodes on one PostgreSQL: what node A accepts reaches node B's clients
 * through LISTEN/NOTIFY, and the other way round. Node B has no assistant configured.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodePadTest extends PadTestSupport {

    @Autowired
    DataSource dataSource;

    ConfigurableApplicationContext nodeB;
    int portB;

    @BeforeAll
    void startNodeB() {
        nodeB = SecondNode.start(dataSource, 0);
        portB = SecondNode.port(nodeB);
    }

    @AfterAll
    void stopNodeB() {
        if (nodeB != null) nodeB.close();
    }

    @Test
    @DisplayName("an edit made through node A reaches a client of node B, and B's edit reaches A's client")
    void editsCrossNodes() throws Exception {
        LiveRound r = liveRound("UNAIDED");
        String text = Api.anonymous(port).get(r.candidatePath() + "/state").json().get("text").asString();
        Api staffOnB = Api.session(portB, r.interviewer().email(), PASSWORD);
        try (PadClient onA = PadClient.connect(HttpClient.newHttpClient(), port, r.candidatePath() + "/live");
                PadClient onB = PadClient.connect(staffOnB.client(), portB, "/interviews/" + r.round() + "/pad/live")) {
            onA.push(1, "on-a", PadClient.insert(text.length(), 0, "A"));
            JsonNode atB = onB.await(PadClient::updates, Duration.ofSeconds(5));
            assertThat(atB).as("node B's client got node A's edit").isNotNull();
            assertThat(atB.get("updates").get(0).get("id").asString()).isEqualTo("on-a");

            onB.push(2, "on-b", PadClient.insert(text.length() + 1, 1, "B"));
            JsonNode atA = onA.await(m -> PadClient.updates(m) && m.get("from").asInt() == 2, Duration.ofSeconds(5));
            assertThat(atA).as("node A's client got node B's edit").isNotNull();
            // Cursors cross too, without the interviewer's name on the candidate's side.
            onB.send("{\"t\":\"cursor\",\"anchor\":1,\"head\":2,\"v\":3}");
            JsonNode cursor = onA.await(m -> "cursor".equals(m.path("t").asString("")), Duration.ofSeconds(5));
            assertThat(cursor.get("role").asString()).isEqualTo("STAFF");
            assertThat(cursor.has("name")).isFalse();
        }
        assertThat(document(r).get("text").asString()).isEqualTo("AB" + text);
        assertThat(document(r).get("version").asInt()).isEqualTo(3);
    }

    @Test
    @DisplayName("with no assistant endpoint set, the assistant answers 503 with a clear message and the attempt is on the timeline")
    void assistantOffOnANodeWithoutEndpoint() throws Exception {
        LiveRound r = liveRound("ASSISTED");
        Api candidate = Api.anonymous(portB);
        candidate.get(r.candidatePath() + "/state");
        assertThat(candidate.get(r.candidatePath()).body()).contains("data-testid=\"assistant-off\"");
        Api.Response off = candidate.post(r.candidatePath() + "/assistant", Map.of("prompt", "help me write a heap"));
        assertThat(off.status()).isEqualTo(503);
        assertThat(off.contentType()).startsWith("application/problem+json");
        assertThat(off.json().get("detail").asString()).contains("No assistant is set up");
        assertThat(awaitEvent(r, "ASSIST_PROMPT").get("refused").asString()).isEqualTo("OFF");
    }
}
