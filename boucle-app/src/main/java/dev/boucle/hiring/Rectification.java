package dev.boucle.hiring;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.people.UserId;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections to a candidate's details (GDPR Art. 16), by the recruiting team or by the candidate
 * from their portal: checked as at intake, applied, and announced with the fields that changed
 * (the audit log records it). A field left out stays as it is; phone and location may be cleared.
 */
@Service
public class Rectification {

    /** The corrected values; {@code null} leaves a field unchanged, and an empty phone or location clears it. */
    public record Correction(@Nullable String name, @Nullable String email, @Nullable String phone, @Nullable String location) {}

    private final Candidates candidates;
    private final HiringAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rectification(Candidates candidates, HiringAccess access, ApplicationEventPublisher events, Clock clock) {
        this.candidates = candidates;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** By staff: the recruiting team, with a relation to the candidate. */
    @Transactional
    public Candidate byStaff(long candidateId, Correction correction, CurrentUser staff) {
        Candidate now = candidates.byId(candidateId).orElseThrow(() -> new NotFound("candidate", candidateId));
        access.require(access.canSeeCandidate(staff, candidateId));
        if (!staff.in(Team.RECRUITING)) throw new AccessDeniedException("the recruiting team corrects candidates' details");
        return apply(now, correction, new UserId(staff.id()));
    }

    /** By the candidate themselves, once their portal has established who they are. */
    @Transactional
    public Candidate bySelf(CandidateId candidate, Correction correction) {
        Candidate now = candidates.byId(candidate.value()).orElseThrow(() -> new NotFound("candidate", candidate.value()));
        return apply(now, correction, null);
    }

    private Candidate apply(Candidate now, Correction c, @Nullable UserId actor) {
        if (HiringPersonalData.ERASED.equals(now.name())) throw new Conflict("candidate.erased", now.id());
        var next = new CandidateIntake.NewCandidate(c.name() == null ? now.name() : c.name(), c.email() == null ? now.email() : c.email(),
                c.phone() == null ? now.phone() : c.phone(), c.location() == null ? now.location() : c.location(), now.source()).normalised();
        Map<String, String> errors = new LinkedHashMap<>(CandidateIntake.check(next));
        if (!errors.containsKey("email") && !next.email().equalsIgnoreCase(now.email())
                && !candidates.existingEmails(List.of(next.email())).isEmpty()) {
            errors.put("email", "candidate.email.taken");
        }
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        List<String> changed = new ArrayList<>();
        if (!next.name().equals(now.name())) changed.add("name");
        if (!next.email().equals(now.email())) changed.add("email");
        if (!Objects.equals(next.phone(), now.phone())) changed.add("phone");
        if (!Objects.equals(next.location(), now.location())) changed.add("location");
        if (changed.isEmpty()) return now;
        candidates.update(now.id(), next);
        events.publishEvent(new CandidateRectified(new CandidateId(now.id()), List.copyOf(changed), actor, clock.instant()));
        return candidates.byId(now.id()).orElseThrow();
    }
}
