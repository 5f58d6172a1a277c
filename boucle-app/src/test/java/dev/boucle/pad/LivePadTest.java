package dev.boucle.pad;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The live pad through its real transports (WebSocket, and the long poll behind proxies that drop
 * it), the staff API, the browser's signal route and the assistant against a local server that
 * speaks the chat-completions protocol.
 */
class LivePadTest extends PadTestSupport {

    static final Duration SOON = Duration.ofSeconds(5);

    @Test
    @DisplayName("an edit accepted from the candidate's socket reaches staff's socket, and the server holds it")
    void editsReachEveryClientAndAreStored() throws Exception {
        LiveRound r = liveRound("CALIBRATED");
        JsonNode start = Api.anonymous(port).get(r.candidatePath() + "/state").json();
        assertThat(start.get("version").asInt()).as("the starter code is the first change").isEqualTo(1);
        assertThat(start.get("policy").asString()).isEqualTo("CALIBRATED");
        String text = start.get("text").asString();
        assertThat(text).contains("longestCalmStretch");

        Api staffPage = Api.session(port, r.interviewer().email(), PASSWORD);
        try (PadClient candidate = PadClient.connect(HttpClient.newHttpClient(), port, r.candidatePath() + "/live");
                PadClient staff = PadClient.connect(staffPage.client(), port, "/interviews/" + r.round() + "/pad/live")) {
            candidate.push(1, "cand-1", PadClient.insert(text.length(), 0, "# mine\n"));
            JsonNode seen = staff.await(PadClient::updates, SOON);
            assertThat(seen).as("staff received the edit").isNotNull();
            assertThat(seen.get("from").asInt()).isEqualTo(1);
            assertThat(seen.get("updates").get(0).get("id").asString()).isEqualTo("cand-1");
            assertThat(candidate.await(PadClient::updates, SOON)).as("the author's own confirmation").isNotNull();

            JsonNode doc = document(r);
            assertThat(doc.get("version").asInt()).isEqualTo(2);
            assertThat(doc.get("text").asString()).isEqualTo("# mine\n" + text);
            assertThat(doc.get("open").asBoolean()).isTrue();

            // Staff's edit made on the old version is not merged by guesswork: it gets what it lacks.
            staff.push(1, "staff-1", PadClient.insert(text.length(), text.length(), "\n"));
            JsonNode behind = staff.await(m -> PadClient.updates(m) && m.get("from").asInt() == 1, SOON);
            assertThat(behind).isNotNull();
            assertThat(document(r).get("version").asInt()).isEqualTo(2);

            // A change that does not fit the document is refused and changes nothing.
            staff.push(2, "staff-1", PadClient.insert(3, 0, "x"));
            assertThat(staff.await(m -> "error".equals(m.path("t").asString("")), SOON).get("detail").asString()).contains("covers");
            assertThat(document(r).get("text").asString()).isEqualTo("# mine\n" + text);
        }

        JsonNode events = events(r, 0);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("kind").asString()).isEqualTo("EDIT");
        assertThat(events.get(0).get("actor").asString()).isEqualTo("SYSTEM");
        assertThat(events.get(1).get("actor").asString()).isEqualTo("CANDIDATE");
        assertThat(events.get(1).get("seq").asLong()).isGreaterThan(events.get(0).get("seq").asLong());
        assertThat(events(r, events.get(0).get("seq").asLong())).hasSize(1);
    }

    @Test
    @DisplayName("without WebSocket, the long poll carries edits both ways")
    void longPollFallback() throws Exception {
        LiveRound r = liveRound("UNAIDED");
        Api candidate = Api.anonymous(port);
        String text = candidate.get(r.candidatePath() + "/state").json().get("text").asString();
        Api staff = Api.session(port, r.interviewer().email(), PASSWORD);

        var poll = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                staff.get("/interviews/" + r.round() + "/pad/poll?v=1&seq=99&client=s1"));
        Thread.sleep(300);
        var push = PadClient.JSON.createObjectNode().put("t", "push").put("v", 1);
        push.putArray("updates").addObject().put("id", "c1").set("c", PadClient.insert(text.length(), 0, "#"));
        Api.Response sent = candidate.send("POST", r.candidatePath() + "/send?client=c1", "application/json", push.toString());
        assertThat(sent.status()).isEqualTo(200);
        Api.Response woke = poll.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(woke.status()).isEqualTo(200);
        assertThat(woke.json().get(0).get("t").asString()).isEqualTo("updates");
        assertThat(document(r).get("text").asString()).startsWith("#");
    }

    @Test
    @DisplayName("pastes and focus reports are validated, recorded under CALIBRATED, and summed up as signals")
    void signals() throws Exception {
        LiveRound r = liveRound("CALIBRATED");
        Api candidate = Api.anonymous(port);
        candidate.get(r.candidatePath() + "/state");
        Api.Response bad = candidate.post(r.candidatePath() + "/signals", Map.of("kind", "TELEPORT", "size", -1));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").propertyNames()).contains("kind");
        Api.Response negative = candidate.post(r.candidatePath() + "/signals", Map.of("kind", "PASTE", "size", -5));
        assertThat(negative.json().get("errors").propertyNames()).containsExactly("size");
        assertThat(events(r, 0)).hasSize(1);

        assertThat(candidate.post(r.candidatePath() + "/signals", paste(420)).json().get("recorded").asBoolean()).isTrue();
        candidate.post(r.candidatePath() + "/signals", Map.of("kind", "FOCUS_LOST"));
        candidate.post(r.candidatePath() + "/signals", Map.of("kind", "FOCUS_BACK", "awayMs", 95_000));
        JsonNode pasted = awaitEvent(r, "PASTE");
        assertThat(pasted.get("size").asInt()).isEqualTo(420);
        assertThat(pasted.get("preview").asString()).hasSize(40);

        String summary = Api.session(port, r.interviewer().email(), PASSWORD).get("/interviews/" + r.round() + "/pad/integrity").body();
        assertThat(summary).contains("One paste, 420 characters in all").contains("lost focus 1 times").contains("One absence of 60 s");
    }

    @Test
    @DisplayName("under ASSISTED the browser's reports are accepted and not recorded; the summary says why")
    void assistedRecordsNoSignals() {
        LiveRound r = liveRound("ASSISTED");
        Api candidate = Api.anonymous(port);
        candidate.get(r.candidatePath() + "/state");
        assertThat(candidate.post(r.candidatePath() + "/signals", paste(500)).json().get("recorded").asBoolean()).isFalse();
        assertThat(events(r, 0)).hasSize(1);
        assertThat(Api.session(port, r.interviewer().email(), PASSWORD).get("/interviews/" + r.round() + "/pad/integrity").body())
                .contains("AI tools were allowed in this round");
    }

    @Test
    @DisplayName("the assistant refuses under UNAIDED (403) whatever is sent, and the attempt is on the timeline")
    void assistantRefusedUnderUnaided() throws Exception {
        int before = CHAT.calls().size();
        LiveRound r = liveRound("UNAIDED");
        Api candidate = Api.anonymous(port);
        candidate.get(r.candidatePath() + "/state");
        Api.Response refused = candidate.post(r.candidatePath() + "/assistant", Map.of("prompt", "solve it for me"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("without AI tools");
        assertThat(awaitEvent(r, "ASSIST_PROMPT").get("refused").asString()).isEqualTo("POLICY");
        assertThat(CHAT.calls()).hasSize(before);
    }

    @Test
    @DisplayName("under CALIBRATED the assistant answers through the configured endpoint, held to look-ups by its instructions")
    void assistantUnderCalibrated() throws Exception {
        LiveRound r = liveRound("CALIBRATED");
        Api candidate = Api.anonymous(port);
        candidate.get(r.candidatePath() + "/state");
        Api.Response empty = candidate.post(r.candidatePath() + "/assistant", Map.of("prompt", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").propertyNames()).containsExactly("prompt");

        Api.Response answered = candidate.post(r.candidatePath() + "/assistant", Map.of("prompt", "How do I import deque?"));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("answer").asString()).isEqualTo("Fake answer to: How do I import deque?");
        FakeChat.Call call = CHAT.calls().getLast();
        assertThat(call.authorization()).isEqualTo("Bearer " + ASSISTANT_KEY);
        assertThat(call.body().get("model").asString()).isEqualTo("fake-model");
        String system = call.body().get("messages").get(0).get("content").asString();
        assertThat(system).contains("Never solve it").contains("Calm");
        assertThat(awaitEvent(r, "ASSIST_ANSWER").get("answer").asString()).startsWith("Fake answer to:");
        assertThat(awaitEvent(r, "ASSIST_PROMPT").get("prompt").asString()).isEqualTo("How do I import deque?");
    }

    @Test
    @DisplayName("a run judges the document as the server holds it, and its verdict reaches the pad's clients")
    void runAndVerdict() throws Exception {
        LiveRound r = liveRound("UNAIDED");
        Api candidate = Api.anonymous(port);
        candidate.get(r.candidatePath() + "/state");
        try (PadClient staff = PadClient.connect(Api.session(port, r.interviewer().email(), PASSWORD).client(), port,
                "/interviews/" + r.round() + "/pad/live")) {
            Api.Response run = candidate.post(r.candidatePath() + "/runs", Map.of());
            assertThat(run.status()).isEqualTo(202);
            long submission = run.json().get("submission").asLong();
            JsonNode verdict = staff.await(m -> "event".equals(m.path("t").asString("")) && "VERDICT".equals(m.get("event").get("kind").asString()),
                    Duration.ofSeconds(60));
            assertThat(verdict).as("the verdict arrives on staff's socket").isNotNull();
            assertThat(verdict.get("event").get("submission").asLong()).isEqualTo(submission);
            // The starter code returns nothing useful: a wrong answer, counted per sample and hidden test.
            assertThat(verdict.get("event").get("verdict").asString()).isNotEqualTo("AC");
            assertThat(verdict.get("event").get("samples").asInt() + verdict.get("event").get("hidden").asInt()).isEqualTo(10);
        }
        assertThat(awaitEvent(r, "RUN").get("submission").asLong()).isPositive();
    }

    @Test
    @DisplayName("a closed pad refuses edits and reports but stays readable; an unknown link gets a page in the reader's language")
    void closedAndUnknown() throws Exception {
        LiveRound r = liveRound("CALIBRATED");
        Api candidate = Api.anonymous(port);
        String text = candidate.get(r.candidatePath() + "/state").json().get("text").asString();
        assertThat(r.interviewer().api().send("DELETE", "/api/v1/interviews/" + r.round() + "/pad", "application/json", "").status())
                .isLessThan(300);
        try (PadClient c = PadClient.connect(HttpClient.newHttpClient(), port, r.candidatePath() + "/live")) {
            c.push(1, "c", PadClient.insert(text.length(), 0, "late"));
            assertThat(c.await(m -> "closed".equals(m.path("t").asString("")), SOON)).isNotNull();
        }
        assertThat(candidate.post(r.candidatePath() + "/signals", paste(10)).status()).isEqualTo(409);
        JsonNode doc = candidate.get(r.candidatePath() + "/state").json();
        assertThat(doc.get("open").asBoolean()).isFalse();
        assertThat(doc.get("text").asString()).isEqualTo(text);
        assertThat(candidate.get(r.candidatePath()).body()).contains("data-testid=\"pad-closed\"");

        Api.Response gone = candidate.sendWithLanguage("GET", "/pad/" + "y".repeat(43), "", "fr");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body()).contains("Ce lien de pad ne fonctionne pas");
        assertThat(candidate.get("/pad/" + "y".repeat(43) + "/state").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("the pad closes when its round is done: edits and runs are refused, reading goes on")
    void roundDoneClosesThePad() throws Exception {
        LiveRound r = liveRound("UNAIDED");
        Api candidate = Api.anonymous(port);
        String text = candidate.get(r.candidatePath() + "/state").json().get("text").asString();
        assertThat(admin().post("/api/v1/applications/" + r.application() + "/rounds/" + r.round() + "/complete", Map.of()).status())
                .isLessThan(300);
        assertThat(candidate.get(r.candidatePath() + "/state").json().get("open").asBoolean()).isFalse();
        assertThat(candidate.post(r.candidatePath() + "/runs", Map.of()).status()).isEqualTo(409);
        try (PadClient c = PadClient.connect(HttpClient.newHttpClient(), port, r.candidatePath() + "/live")) {
            c.push(1, "c", PadClient.insert(text.length(), 0, "after the end"));
            assertThat(c.await(m -> "closed".equals(m.path("t").asString("")), SOON)).isNotNull();
        }
        assertThat(document(r).get("text").asString()).isEqualTo(text);
        assertThat(events(r, 0)).hasSize(1);
    }

    @Test
    @DisplayName("a connection that floods the pad is slowed down, and oversized messages are refused")
    void limits() throws Exception {
        LiveRound r = liveRound("UNAIDED");
        Api.anonymous(port).get(r.candidatePath() + "/state");
        try (PadClient c = PadClient.connect(HttpClient.newHttpClient(), port, r.candidatePath() + "/live")) {
            for (int i = 0; i < 300; i++) c.send("{\"t\":\"cursor\",\"anchor\":0,\"head\":0,\"v\":1}");
            JsonNode slow = c.await(m -> "error".equals(m.path("t").asString("")), SOON);
            assertThat(slow).isNotNull();
            assertThat(slow.get("detail").asString()).contains("too many");
        }
        try (PadClient c = PadClient.connect(HttpClient.newHttpClient(), port, r.candidatePath() + "/live")) {
            c.send("{\"t\":\"pull\",\"v\":0,\"pad\":\"" + "x".repeat(70_000) + "\"}");
            long deadline = System.nanoTime() + SOON.toNanos();
            while (c.closedWith() < 0 && System.nanoTime() < deadline) Thread.sleep(50);
            assertThat(c.closedWith()).as("the container closes a socket whose message is over the limit").isEqualTo(1009);
        }
        assertThat(document(r).get("version").asInt()).isEqualTo(1);
    }
}
