package dev.boucle.privacy;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.CandidateId;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data subject's rights as staff carry them out: the export (Art. 15), erasure (Art. 17) and
 * the legal holds that block it. Exports are for the recruiting team with a relation to the
 * candidate; erasure and holds are for admins.
 */
@ApiController("/api/v1/candidates")
class DataSubjectApi {

    record HoldRequest(@Nullable String reason) {}

    private final SubjectAccess access;
    private final Erasure erasure;
    private final LegalHolds holds;
    private final ApplicationDetails details;

    DataSubjectApi(SubjectAccess access, Erasure erasure, LegalHolds holds, ApplicationDetails details) {
        this.access = access;
        this.erasure = erasure;
        this.holds = holds;
        this.details = details;
    }

    @GetMapping("/{id}/export")
    @Team.Recruiting
    ResponseEntity<?> export(@PathVariable long id, @RequestParam(defaultValue = "json") String format) {
        CurrentUser user = CurrentUser.get();
        details.candidate(id, user); // 404 for no one, 403 without a relation
        return ExportDownload.of(access, new CandidateId(id), user.id(), format, "candidate-" + id + "-export");
    }

    @DeleteMapping("/{id}")
    @Team.Admins
    Erasure.Erased erase(@PathVariable long id) {
        return erasure.erase(new CandidateId(id), CurrentUser.get().id(), Erasure.Rule.REQUEST);
    }

    @PutMapping("/{id}/legal-hold")
    @Team.Admins
    LegalHolds.Hold hold(@PathVariable long id, @RequestBody HoldRequest request) {
        details.candidate(id, CurrentUser.get());
        return holds.place(new CandidateId(id), request.reason(), CurrentUser.get().id());
    }

    @DeleteMapping("/{id}/legal-hold")
    @Team.Admins
    ResponseEntity<Void> lift(@PathVariable long id) {
        if (!holds.lift(new CandidateId(id), CurrentUser.get().id())) throw new NotFound("legal-hold", id);
        return ResponseEntity.noContent().build();
    }
}
