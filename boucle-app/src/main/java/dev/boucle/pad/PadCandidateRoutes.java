package dev.boucle.pad;

import dev.boucle.platform.ApiController;
import dev.boucle.platform.Problems;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.databind.JsonNode;

/**
 * The candidate's pad routes besides the transport: no account, the link's secret is the key
 * (CSRF does not apply: no cookie opens these doors). Errors are problem+json.
 */
@ApiController
class PadCandidateRoutes {

    private final PadDoors doors;
    private final PadSessions sessions;
    private final PadSignals signals;
    private final PadAssistant assistant;
    private final PadJson views;
    private final MessageSource messages;

    PadCandidateRoutes(PadDoors doors, PadSessions sessions, PadSignals signals, PadAssistant assistant, PadJson views,
            MessageSource messages) {
        this.doors = doors;
        this.sessions = sessions;
        this.signals = signals;
        this.assistant = assistant;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/pad/{token}/state")
    JsonNode state(@PathVariable String token) {
        return views.state(sessions.view(doors.candidate(token)));
    }

    @PostMapping("/pad/{token}/runs")
    ResponseEntity<Map<String, Long>> run(@PathVariable String token) {
        return ResponseEntity.accepted().body(Map.of("submission", sessions.run(doors.candidate(token), null)));
    }

    @PostMapping("/pad/{token}/language")
    ResponseEntity<Void> language(@PathVariable String token, @RequestBody JsonNode body) {
        sessions.switchLanguage(doors.candidate(token), body.path("language").asString(null));
        return ResponseEntity.noContent().build();
    }

    /** The browser's paste and focus reports (the editor sends them here too). */
    @PostMapping("/pad/{token}/signals")
    ResponseEntity<Map<String, Boolean>> signal(@PathVariable String token, @RequestBody JsonNode body) {
        return ResponseEntity.accepted().body(Map.of("recorded", signals.report(doors.candidate(token), body)));
    }

    @PostMapping("/pad/{token}/assistant")
    ResponseEntity<?> ask(@PathVariable String token, @RequestBody JsonNode body) {
        Participant who = doors.candidate(token);
        JsonNode prompt = body.path("prompt");
        if (!prompt.isString() || prompt.stringValue().isBlank() || prompt.stringValue().length() > PadAssistant.MAX_PROMPT) {
            String detail = text("pad.assistant.prompt", PadAssistant.MAX_PROMPT);
            return problem(Problems.withErrors(HttpStatus.BAD_REQUEST, "bad-input", detail, Map.of("prompt", detail)));
        }
        return switch (assistant.ask(who, prompt.stringValue())) {
            case PadAssistant.Reply.Answer a -> ResponseEntity.ok(Map.of("answer", a.text()));
            case PadAssistant.Reply.Refused r -> switch (r.why()) {
                case POLICY -> problem(Problems.of(HttpStatus.FORBIDDEN, "assistant-not-allowed", text("pad.assistant.unaided")));
                case OFF -> problem(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "assistant-off", text("pad.assistant.off")));
                case LIMIT -> problem(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "assistant-limit",
                        text("pad.assistant.limit", PadAssistant.MAX_PER_ROUND)));
                case FAILED -> problem(Problems.of(HttpStatus.BAD_GATEWAY, "assistant-failed", text("pad.assistant.failed")));
            };
        };
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
