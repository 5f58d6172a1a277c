package dev.boucle.privacy;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.ReadsCandidateData;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The computed results logged for an application, each with its inputs, engine build, output and human reviews. */
@ApiController("/api/v1")
class ComputationsApi {

    record ReviewRequest(@Nullable Boolean followed, @Nullable String note) {}

    private final Computations computations;
    private final Oversight oversight;
    private final ApplicationDetails details;

    ComputationsApi(Computations computations, Oversight oversight, ApplicationDetails details) {
        this.computations = computations;
        this.oversight = oversight;
        this.details = details;
    }

    @GetMapping("/applications/{id}/computations")
    @Team.Review
    @ReadsCandidateData(value = "application", reason = "COMPLIANCE")
    List<Oversight.Reviewed> ofApplication(@PathVariable long id) {
        details.application(id, CurrentUser.get()); // 404 for no one, 403 without a relation
        return oversight.reviewed(computations.ofApplication(id));
    }

    /** Any staff member with a relation to the candidate: an interviewer reviews the verdicts of their own round. */
    @PostMapping("/computations/{id}/reviews")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Oversight.Review> review(@PathVariable long id, @RequestBody ReviewRequest body) {
        Oversight.Review review = oversight.review(id, body.followed(), body.note(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/computations/" + id + "/reviews/" + review.id())).body(review);
    }
}
