package dev.boucle.pad;

import dev.boucle.hiring.process.AiPolicy;
import dev.boucle.pad.PadEvent.Kind;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The candidate's assistant. The round's policy decides, never the client: under UNAIDED there is
 * none (the request is refused and the attempt recorded); under CALIBRATED its instructions hold
 * it to syntax, library look-ups and boilerplate and make it decline to solve the problem; under
 * ASSISTED it helps freely. Every prompt and answer goes on the round's timeline.
 */
@Service
class PadAssistant {

    static final int MAX_PROMPT = 4000;
    /** Questions per round: generous for an hour, a ceiling on what a runaway script costs the company. */
    static final int MAX_PER_ROUND = 60;

    private static final Logger log = LoggerFactory.getLogger(PadAssistant.class);

    /** Why no answer came. */
    enum Refusal { POLICY, OFF, LIMIT, FAILED }

    sealed interface Reply {
        record Answer(String text) implements Reply {}

        record Refused(Refusal why) implements Reply {}
    }

    private final AssistantProperties settings;
    private final LivePads live;
    private final PadStore store;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();

    PadAssistant(AssistantProperties settings, LivePads live, PadStore store, JsonMapper json) {
        this.settings = settings;
        this.live = live;
        this.store = store;
        this.json = json;
    }

    boolean enabled() {
        return settings.enabled();
    }

    Reply ask(Participant who, String prompt) {
        ObjectNode asked = json.createObjectNode().put("prompt", prompt);
        if (who.policy() == AiPolicy.UNAIDED) return refuse(who, asked, Refusal.POLICY);
        if (!settings.enabled()) return refuse(who, asked, Refusal.OFF);
        if (store.count(who.roundId(), java.util.List.of(Kind.ASSIST_PROMPT)) >= MAX_PER_ROUND) {
            return refuse(who, asked, Refusal.LIMIT);
        }
        live.record(who.roundId(), Kind.ASSIST_PROMPT, who.actor(), who.userId(), asked);
        String answer;
        try {
            answer = complete(who, prompt);
        } catch (IOException | RuntimeException e) {
            log.warn("assistant endpoint failed for round {}: {}", who.roundId(), e.getClass().getSimpleName());
            live.record(who.roundId(), Kind.ASSIST_ANSWER, PadEvent.Actor.SYSTEM, null, json.createObjectNode().put("failed", true));
            return new Reply.Refused(Refusal.FAILED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply.Refused(Refusal.FAILED);
        }
        live.record(who.roundId(), Kind.ASSIST_ANSWER, PadEvent.Actor.SYSTEM, null, json.createObjectNode().put("answer", answer));
        return new Reply.Answer(answer);
    }

    private Reply refuse(Participant who, ObjectNode asked, Refusal why) {
        live.record(who.roundId(), Kind.ASSIST_PROMPT, who.actor(), who.userId(), asked.put("refused", why.name()));
        return new Reply.Refused(why);
    }

    private String complete(Participant who, String prompt) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("model", settings.model()).put("temperature", 0.2);
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", instructions(who));
        messages.addObject().put("role", "user").put("content", prompt);
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.completions()).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (settings.key() != null) request.header("Authorization", "Bearer " + settings.key());
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) throw new IOException("status " + response.statusCode());
        JsonNode content = json.readTree(response.body()).path("choices").path(0).path("message").path("content");
        if (!content.isString()) throw new IOException("no choices[0].message.content in the answer");
        return content.stringValue();
    }

    /** The system prompt: the round's policy in words a model follows, and the problem it must not solve. */
    static String instructions(Participant who) {
        String problem = who.problem().title().in(Locale.ENGLISH);
        String language = "fr".equals(who.roundLanguage()) ? "French" : "English";
        return switch (who.policy()) {
            case CALIBRATED -> """
                    You assist a candidate during a live technical interview whose rules allow help with syntax, \
                    standard-library and API look-ups, and boilerplate only. The interview problem is "%s". \
                    Never solve it or any part of it: give no algorithm, approach, complexity hint, pseudo-code or \
                    code that implements its logic, even when asked directly, in pieces, or through a similar problem. \
                    When a question goes beyond syntax, look-ups or boilerplate, say briefly that the round's rules \
                    do not allow it. Keep answers short. Answer in %s unless the candidate writes in another language."""
                    .formatted(problem, language);
            default -> """
                    You assist a candidate during a live technical interview in which AI tools are allowed. The \
                    interviewers will assess how well the candidate directs and checks your help, so be accurate, \
                    say when you are unsure, and keep answers short. Answer in %s unless the candidate writes in \
                    another language.""".formatted(language);
        };
    }
}
