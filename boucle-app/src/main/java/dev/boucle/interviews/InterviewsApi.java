package dev.boucle.interviews;

import dev.boucle.hiring.process.StageKind;
import dev.boucle.interviews.calibration.CalibrationResult;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.BadInput;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Interviews, scorecards, the final review and calibration. */
@ApiController("/api/v1")
class InterviewsApi {

    private final InterviewPlanning planning;
    private final Scorecards scorecards;
    private final FinalReview review;
    private final Calibrated calibrated;

    InterviewsApi(InterviewPlanning planning, Scorecards scorecards, FinalReview review, Calibrated calibrated) {
        this.planning = planning;
        this.scorecards = scorecards;
        this.review = review;
        this.calibrated = calibrated;
    }

    @GetMapping("/applications/{id}/interviews")
    @dev.boucle.platform.ReadsCandidateData(value = "application", reason = "INTERVIEW")
    @PreAuthorize("isAuthenticated()")
    List<Interview> interviews(@PathVariable long id) {
        return planning.of(id, CurrentUser.get());
    }

    @PutMapping("/interviews/{id}")
    @Team.Hiring
    Interview plan(@PathVariable long id, @RequestBody InterviewPlanning.PlanChange change) {
        return planning.plan(id, change, CurrentUser.get());
    }

    record Notes(String text) {}

    @PutMapping("/interviews/{id}/notes")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> notes(@PathVariable long id, @RequestBody Notes body) {
        planning.saveNotes(id, body.text(), CurrentUser.get());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/interviews/{id}/scorecards")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Scorecard> submit(@PathVariable long id, @RequestBody Scorecards.Submission body) {
        return ResponseEntity.status(201).body(scorecards.submit(id, body, CurrentUser.get()));
    }

    @GetMapping("/applications/{id}/scorecards")
    @PreAuthorize("isAuthenticated()")
    @dev.boucle.platform.ReadsCandidateData(value = "application", reason = "REVIEW")
    Scorecards.Visible scorecards(@PathVariable long id) {
        return scorecards.visibleTo(id, CurrentUser.get());
    }

    record Closure(String reason) {}

    @PostMapping("/applications/{id}/stages/{stage}/close")
    @Team.StageClosers
    ResponseEntity<Void> close(@PathVariable long id, @PathVariable String stage, @RequestBody Closure body) {
        StageKind kind;
        try {
            kind = StageKind.valueOf(stage.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput(Map.of("stage", "stage.unknown"), "stage.unknown");
        }
        scorecards.closeStage(id, kind, body.reason(), CurrentUser.get());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/applications/{id}/review")
    @Team.Review
    @dev.boucle.platform.ReadsCandidateData(value = "application", reason = "REVIEW")
    FinalReview.Packet packet(@PathVariable long id) {
        return review.packet(id, CurrentUser.get());
    }

    record VoteRequest(String vote, String rationale) {}

    @PostMapping("/applications/{id}/votes")
    @Team.Deciders
    ResponseEntity<FinalReview.Vote> vote(@PathVariable long id, @RequestBody VoteRequest body) {
        return ResponseEntity.status(201).body(review.vote(id, body.vote(), body.rationale(), CurrentUser.get()));
    }

    @PostMapping("/applications/{id}/decision")
    @Team.Deciders
    ResponseEntity<FinalReview.Decision> decide(@PathVariable long id, @RequestBody FinalReview.DecisionRequest body) {
        return ResponseEntity.status(201).body(review.decide(id, body, CurrentUser.get()));
    }

    @GetMapping("/calibration")
    @Team.Review
    CalibrationResult calibration() {
        return calibrated.current();
    }
}
