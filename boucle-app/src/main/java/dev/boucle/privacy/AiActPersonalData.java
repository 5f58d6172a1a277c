package dev.boucle.privacy;

import dev.boucle.platform.DataSubject;
import dev.boucle.platform.ErasingCandidate;
import dev.boucle.platform.PersonalDataSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The AI Act records as a person's data. Export (GDPR Art. 15): the computed results about them
 * with their human reviews, and their explanation requests with the answers. Erasure (Art. 17),
 * in the erasure's transaction: explanation requests go whole (their questions and answers are
 * words of and about the person); computed results stay, as the AI Act wants them kept, but
 * without the ids that lead back to the person, and the reviewers' notes on them go.
 */
@Component
class AiActPersonalData implements PersonalDataSection {

    private final Computations computations;
    private final Oversight oversight;
    private final ExplanationRequests explanations;

    AiActPersonalData(Computations computations, Oversight oversight, ExplanationRequests explanations) {
        this.computations = computations;
        this.oversight = oversight;
        this.explanations = explanations;
    }

    @Override
    public String section() {
        return "ai-act";
    }

    @Override
    public Object export(DataSubject subject) {
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("computations", oversight.reviewed(held(subject)));
        held.put("explanationRequests", explanations.ofCandidate(subject.candidateId()));
        return held;
    }

    @EventListener
    void erasing(ErasingCandidate event) {
        DataSubject subject = event.subject();
        oversight.forgetNotes(held(subject).stream().map(Computations.Computation::id).toList());
        computations.unlink(subject.candidateId(), subject.applicationIds());
        explanations.erase(subject.candidateId(), subject.applicationIds());
    }

    /** Records filed under the candidate, or under one of their applications (the same rows, in practice). */
    private List<Computations.Computation> held(DataSubject subject) {
        Map<Long, Computations.Computation> byId = new LinkedHashMap<>();
        computations.ofCandidate(subject.candidateId()).forEach(c -> byId.put(c.id(), c));
        for (long app : subject.applicationIds()) computations.ofApplication(app).forEach(c -> byId.putIfAbsent(c.id(), c));
        return List.copyOf(byId.values());
    }
}
