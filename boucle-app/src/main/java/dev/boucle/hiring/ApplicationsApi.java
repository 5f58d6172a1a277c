package dev.boucle.hiring;

import dev.boucle.hiring.process.StageKind;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.BadInput;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Applications: apply a candidate to a job, read one, move it, resolve its rounds. */
@ApiController("/api/v1/applications")
class ApplicationsApi {

    private final MovingApplications moves;
    private final ApplicationDetails details;

    ApplicationsApi(MovingApplications moves, ApplicationDetails details) {
        this.moves = moves;
        this.details = details;
    }

    record NewApplication(Long candidateId, Long jobId) {}

    @PostMapping
    @Team.Recruiting
    ResponseEntity<Map<String, Object>> apply(@RequestBody NewApplication body) {
        if (body.candidateId() == null || body.jobId() == null) {
            throw new BadInput(Map.of(body.candidateId() == null ? "candidateId" : "jobId", "field.required"),
                    "problem.invalid-fields", body.candidateId() == null ? "candidateId" : "jobId");
        }
        long id = moves.apply(body.candidateId(), body.jobId(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/applications/" + id)).body(Map.of("id", id));
    }

    record View(long id, long candidateId, String candidateName, long jobId, String jobTitle, String track,
            StageKind stage, ApplicationStatus status, Instant appliedAt, Instant stageEnteredAt, long daysInProcess,
            TimeInProcess.Health health, List<Round> rounds, List<TimelineEvent> events) {
        static View of(ApplicationDetails.Details d) {
            return new View(d.id(), d.candidate().id(), d.candidate().name(), d.job().id(), d.job().title(), d.job().track(),
                    d.position().stage(), d.position().status(), d.appliedAt(), d.stageEnteredAt(),
                    d.timeInProcess().days(), d.timeInProcess().health(), d.rounds(), d.events());
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @dev.boucle.platform.ReadsCandidateData("application")
    View one(@PathVariable long id) {
        return View.of(details.application(id, CurrentUser.get()));
    }

    record Transition(String action, String reason) {}

    record Moved(long id, StageKind stage, ApplicationStatus status) {}

    @PostMapping("/{id}/transitions")
    @Team.Hiring
    Moved move(@PathVariable long id, @RequestBody Transition body) {
        Action action = Action.parse(body.action()).orElseThrow(() -> new BadInput(Map.of("action", "move.action.unknown"),
                "move.action.unknown"));
        Loop.Position at = moves.move(id, action, body.reason(), CurrentUser.get());
        return new Moved(id, at.stage(), at.status());
    }

    record RoundNote(String reason) {}

    @PostMapping("/{id}/rounds/{roundId}/complete")
    @Team.Hiring
    Round complete(@PathVariable long id, @PathVariable long roundId, @RequestBody(required = false) RoundNote body) {
        return moves.resolveRound(id, roundId, Round.Status.DONE, body == null ? null : body.reason(), CurrentUser.get());
    }

    @PostMapping("/{id}/rounds/{roundId}/waive")
    @Team.Hiring
    Round waive(@PathVariable long id, @PathVariable long roundId, @RequestBody(required = false) RoundNote body) {
        return moves.resolveRound(id, roundId, Round.Status.WAIVED, body == null ? null : body.reason(), CurrentUser.get());
    }
}
