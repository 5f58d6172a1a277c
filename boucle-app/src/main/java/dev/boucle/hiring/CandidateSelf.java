package dev.boucle.hiring;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What the candidate's own portal may ask of hiring once it has established who the candidate is
 * (their signed link): their record, and which applications are theirs. No staff member is behind
 * these calls, so they carry no role check; they answer only about the one candidate named.
 */
@Service
public class CandidateSelf {

    /** An application of the candidate's, with the job it is for. */
    public record Own(ApplicationId application, JobId job) {}

    private final Candidates candidates;
    private final Applications applications;

    CandidateSelf(Candidates candidates, Applications applications) {
        this.candidates = candidates;
        this.applications = applications;
    }

    public Optional<Candidate> candidate(CandidateId id) {
        return candidates.byId(id.value());
    }

    /** The candidate with this address on file, for sending a fresh link there (the answer is never shown). */
    public Optional<Candidate> byEmail(String email) {
        if (email == null || email.isBlank() || email.length() > 320) return Optional.empty();
        return candidates.byEmail(email.strip());
    }

    public List<Own> applications(CandidateId id) {
        return applications.ofCandidate(id.value()).stream().map(r -> new Own(new ApplicationId(r.id()), new JobId(r.jobId()))).toList();
    }

    /** Whether this application is the candidate's. */
    public boolean owns(CandidateId candidate, ApplicationId application) {
        return applications.byId(application.value()).map(r -> r.candidateId() == candidate.value()).orElse(false);
    }
}
