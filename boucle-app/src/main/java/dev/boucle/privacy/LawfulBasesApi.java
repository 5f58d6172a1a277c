package dev.boucle.privacy;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.CandidateId;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.ReadsCandidateData;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The lawful bases recorded for a candidate, for the people who run the pipeline. */
@ApiController("/api/v1/candidates")
class LawfulBasesApi {

    private final LawfulBases bases;
    private final ApplicationDetails details;

    LawfulBasesApi(LawfulBases bases, ApplicationDetails details) {
        this.bases = bases;
        this.details = details;
    }

    @GetMapping("/{id}/lawful-bases")
    @Team.Recruiting
    @ReadsCandidateData(value = "candidate", reason = "COMPLIANCE")
    List<LawfulBases.Record> of(@PathVariable long id) {
        details.candidate(id, CurrentUser.get()); // 404 for no one, 403 without a relation
        return bases.of(new CandidateId(id));
    }
}
