package dev.boucle.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.coding.CodingProblem;
import dev.boucle.coding.ProblemBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The practice area: its own problems (never the live bank's), run on the same judge, with a history of attempts. */
class PracticeTest extends PortalTestSupport {

    @Autowired
    ProblemBank bank;

    @Test
    @DisplayName("the practice set and the live bank share no problem, no title and no test file")
    void disjointFromTheLiveBank() throws Exception {
        assertThat(bank.practice()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(bank.practice().keySet()).doesNotContainAnyElementsOf(bank.all().keySet());
        Set<String> liveTitles = new HashSet<>(), liveTests = new HashSet<>();
        for (CodingProblem p : bank.all().values()) {
            liveTitles.add(p.title().en());
            liveTitles.add(p.title().fr());
            for (var t : p.problem().tests()) liveTests.add(digest(t.input()));
        }
        for (CodingProblem p : bank.practice().values()) {
            assertThat(liveTitles).doesNotContain(p.title().en(), p.title().fr());
            for (var t : p.problem().tests()) assertThat(liveTests).as(p.id() + " test " + t.name()).doesNotContain(digest(t.input()));
        }
    }

    @Test
    @DisplayName("a candidate runs a practice problem on the judge, sees the samples in full and the hidden tests as a count, and finds it in their history")
    void practiseOnTheJudge() throws Exception {
        Api candidate = opened(sendLink(apply(createCandidate("Practising"), createJob("software-engineer", null))));
        JsonNode problems = candidate.get("/api/v1/portal/practice").json();
        assertThat(problems.size()).isEqualTo(bank.practice().size());
        String source = Files.readString(Path.of("../boucle-judge/problems/practice-two-sum-window/solutions/solution.py"));
        Api.Response sent = candidate.json("POST", "/api/v1/portal/practice/practice-two-sum-window/attempts",
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(java.util.Map.of("language", "python", "source", source)));
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        long id = sent.json().get("id").asLong();
        JsonNode attempt = waitFor(candidate, id);
        assertThat(attempt.get("verdict").asString()).isEqualTo("AC");
        assertThat(attempt.get("samples")).hasSize(1);
        assertThat(attempt.get("samples").get(0).get("name").asString()).isEqualTo("1");
        assertThat(attempt.get("hidden").asInt()).isEqualTo(bank.practice().get("practice-two-sum-window").testCount() - 1);
        assertThat(attempt.get("hiddenPassed").asInt()).isEqualTo(attempt.get("hidden").asInt());
        assertThat(candidate.get("/api/v1/portal/practice/attempts").json().get(0).get("id").asLong()).isEqualTo(id);
        assertThat(candidate.get("/portal/practice").body()).contains("practice-two-sum-window");
        assertThat(candidate.get("/portal/practice/practice-two-sum-window").body()).contains("/js/practice.js").contains("id=\"starters\"");

        Api other = opened(sendLink(apply(createCandidate("Someone Else"), createJob("software-engineer", null))));
        assertThat(other.get("/api/v1/portal/practice/attempts/" + id).status()).isEqualTo(404);
        Api.Response badLanguage = candidate.json("POST", "/api/v1/portal/practice/practice-two-sum-window/attempts",
                "{\"language\": \"cobol\", \"source\": \"x\"}");
        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(badLanguage.json().get("errors").has("language")).isTrue();
        // A problem of the live bank is not practice: as if it did not exist.
        String live = bank.all().keySet().iterator().next();
        assertThat(candidate.json("POST", "/api/v1/portal/practice/" + live + "/attempts", "{\"language\": \"python\", \"source\": \"x\"}")
                .status()).isEqualTo(404);
    }

    JsonNode waitFor(Api candidate, long id) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        JsonNode a;
        do {
            a = candidate.get("/api/v1/portal/practice/attempts/" + id).json();
            if (a.get("status").asString().equals("DONE")) return a;
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("attempt " + id + " not judged: " + a);
    }

    static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
