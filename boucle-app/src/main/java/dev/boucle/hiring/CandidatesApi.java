package dev.boucle.hiring;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.Problems;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Candidates: add one, import many from CSV, search, read one. */
@ApiController("/api/v1/candidates")
class CandidatesApi {

    private final CandidateIntake intake;
    private final ApplicationDetails details;
    private final MessageSource messages;
    private final Rectification rectification;

    CandidatesApi(CandidateIntake intake, ApplicationDetails details, MessageSource messages, Rectification rectification) {
        this.rectification = rectification;
        this.intake = intake;
        this.details = details;
        this.messages = messages;
    }

    @GetMapping
    @Team.Recruiting
    List<Candidate> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        return details.search(q, limit, offset, CurrentUser.get());
    }

    @PostMapping
    @Team.Recruiting
    ResponseEntity<Map<String, Object>> add(@RequestBody CandidateIntake.NewCandidate body) {
        long id = intake.add(body, CurrentUser.get().id());
        return ResponseEntity.created(URI.create("/api/v1/candidates/" + id)).body(Map.of("id", id));
    }

    @PostMapping(value = "/import", consumes = {"text/csv", "text/plain"})
    @Team.Recruiting
    ResponseEntity<Map<String, Object>> importCsv(@RequestBody String csv) {
        List<Long> ids = intake.importCsv(csv, CurrentUser.get().id());
        return ResponseEntity.status(201).body(Map.of("imported", ids.size(), "ids", ids));
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @dev.boucle.platform.ReadsCandidateData("candidate")
    ApplicationDetails.CandidateFile one(@PathVariable long id) {
        return details.candidate(id, CurrentUser.get());
    }

    /** A correction of the candidate's details (GDPR Art. 16): only the fields sent change. */
    @org.springframework.web.bind.annotation.PatchMapping("/{id}")
    @dev.boucle.people.Team.Recruiting
    Candidate rectify(@PathVariable long id, @org.springframework.web.bind.annotation.RequestBody Rectification.Correction correction) {
        return rectification.byStaff(id, correction, CurrentUser.get());
    }

    record RowProblem(int line, String field, String message) {}

    @ExceptionHandler(CandidateIntake.ImportRefused.class)
    ProblemDetail refused(CandidateIntake.ImportRefused e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "bad-import",
                messages.getMessage(e.messageKey(), e.args(), locale));
        problem.setProperty("rows", e.rows().stream()
                .map(r -> new RowProblem(r.line(), r.field(), messages.getMessage(r.messageKey(), null, locale))).toList());
        return problem;
    }
}
