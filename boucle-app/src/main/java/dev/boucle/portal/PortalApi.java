package dev.boucle.portal;

import dev.boucle.coding.CodingProblem;
import dev.boucle.coding.Practice;
import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.MovingApplications;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Problems;
import dev.boucle.scheduling.SelfScheduling;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The candidate's API, for the portal's scripts and for the candidate's own tools: it answers
 * only the session opened by their link (401 without one, 403 with a staff token or session),
 * and only about their own applications (another's id is a 404, as if it did not exist).
 */
@ApiController("/api/v1/portal")
class PortalApi {

    private final PortalDoor door;
    private final CandidatePage page;
    private final Planning planning;
    private final MovingApplications moving;
    private final Practice practice;
    private final Preferences preferences;
    private final MessageSource messages;
    private final dev.boucle.privacy.LawfulBases bases;
    private final Explaining explaining;

    PortalApi(PortalDoor door, CandidatePage page, Planning planning, MovingApplications moving, Practice practice,
            Preferences preferences, MessageSource messages, dev.boucle.privacy.LawfulBases bases, Explaining explaining) {
        this.bases = bases;
        this.explaining = explaining;
        this.door = door;
        this.page = page;
        this.planning = planning;
        this.moving = moving;
        this.practice = practice;
        this.preferences = preferences;
        this.messages = messages;
    }

    @GetMapping("/me")
    PortalView.Me me(HttpServletRequest request) {
        return page.me(door.enter(request), LocaleContextHolder.getLocale());
    }

    @GetMapping("/plans")
    List<PortalView.Plan> plans(@RequestParam long applicationId, @RequestParam(required = false) String stage, HttpServletRequest request) {
        PortalDoor.Entry entry = door.enter(request);
        return planning.plans(entry, new ApplicationId(applicationId), stage, LocaleContextHolder.getLocale());
    }

    @PostMapping("/plans/{planId}/book")
    ResponseEntity<?> book(@PathVariable String planId, HttpServletRequest request) {
        PortalDoor.Entry entry = door.enter(request);
        ApplicationId app = planning.applicationOf(entry, planId);
        try {
            return ResponseEntity.ok(planning.book(entry, app, planId, LocaleContextHolder.getLocale()));
        } catch (Planning.Stale stale) {
            ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "slot-taken",
                    messages.getMessage(stale.getMessage(), null, LocaleContextHolder.getLocale()));
            problem.setProperty("plans", stale.fresh());
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
    }

    record Availability(Long applicationId, String zone, List<dev.boucle.scheduling.CandidateSlots.Slot> slots) {}

    @PutMapping("/availability")
    Map<String, Integer> availability(@RequestBody Availability body, HttpServletRequest request) {
        PortalDoor.Entry entry = door.enter(request);
        if (body.applicationId() == null) throw new BadInput(Map.of("applicationId", "portal.field.required"), "portal.field.required");
        int saved = planning.availability(entry, new ApplicationId(body.applicationId()),
                new dev.boucle.scheduling.CandidateSlots.Entry(body.zone(), body.slots()));
        return Map.of("slots", saved);
    }

    record Withdrawal(String reason) {}

    @PostMapping("/applications/{id}/withdraw")
    Map<String, String> withdraw(@PathVariable long id, @RequestBody(required = false) Withdrawal body, HttpServletRequest request) {
        PortalDoor.Entry entry = door.enter(request);
        ApplicationId app = planning.own(entry, id);
        var position = moving.withdrawByCandidate(app, entry.candidate(), body == null ? null : body.reason());
        return Map.of("status", position.status().name(), "stage", position.stage().name());
    }

    record Preference(String locale, String zone) {}

    @PutMapping("/preferences")
    ResponseEntity<Void> preferences(@RequestBody Preference body, HttpServletRequest request) {
        PortalDoor.Entry entry = door.enter(request);
        if (body.locale() != null) {
            if (!body.locale().equals("en") && !body.locale().equals("fr")) throw new BadInput(Map.of("locale", "portal.locale.invalid"), "portal.locale.invalid");
            preferences.locale(entry.visitor().candidateId(), java.util.Locale.forLanguageTag(body.locale()));
        }
        if (body.zone() != null) preferences.zone(entry.visitor().candidateId(), dev.boucle.scheduling.CandidateSlots.zone(body.zone()));
        return ResponseEntity.noContent().build();
    }

    record Consent(Boolean given) {}

    /** Consent to be kept in the talent pool after this process (GDPR Art. 6(1)(a)): given or withdrawn, recorded with the notice's version. */
    @PutMapping("/talent-pool")
    dev.boucle.privacy.LawfulBases.Record talentPool(@RequestBody Consent body, HttpServletRequest request) {
        PortalDoor.Entry entry = door.enter(request);
        if (body.given() == null) throw new BadInput(Map.of("given", "portal.field.required"), "portal.field.required");
        return bases.talentPool(entry.candidate(), body.given());
    }

    record Question(String question) {}

    /** The candidate asks for an explanation of a decision on their application (AI Act Art. 86); due a month later. */
    @PostMapping("/applications/{id}/explanation-requests")
    ResponseEntity<dev.boucle.privacy.ExplanationRequests.Request> explain(@PathVariable long id, @RequestBody(required = false) Question body,
            HttpServletRequest request) {
        var asked = explaining.ask(door.enter(request), id, body == null ? null : body.question());
        return ResponseEntity.status(HttpStatus.CREATED).body(asked);
    }

    record ProblemSummary(String id, String title, String topic, String difficulty) {}

    @GetMapping("/practice")
    List<ProblemSummary> practiceProblems(HttpServletRequest request) {
        door.enter(request);
        var locale = LocaleContextHolder.getLocale();
        return practice.problems().stream().map(p -> new ProblemSummary(p.id(), p.title().in(locale), p.topic().name(), p.difficulty().name())).toList();
    }

    record Attempt(String language, String source) {}

    @PostMapping("/practice/{problemId}/attempts")
    ResponseEntity<Map<String, Long>> attempt(@PathVariable String problemId, @RequestBody Attempt body, HttpServletRequest request) {
        PortalDoor.Entry entry = door.enter(request);
        CodingProblem problem = practice.problem(problemId);
        return ResponseEntity.accepted().body(Map.of("id", practice.submit(entry.candidate(), problem.id(), body.language(), body.source())));
    }

    @GetMapping("/practice/attempts")
    List<Practice.Attempt> history(HttpServletRequest request) {
        return practice.history(door.enter(request).candidate());
    }

    @GetMapping("/practice/attempts/{id}")
    Practice.Attempt attempt(@PathVariable long id, HttpServletRequest request) {
        return practice.attempt(door.enter(request).candidate(), id);
    }
}
