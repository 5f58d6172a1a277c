package dev.boucle.coding;

import dev.boucle.hiring.RoundId;
import dev.boucle.judge.verdict.Verdict;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * The judge is done with a submission of a round (the pad shows the verdict live). Counts, not
 * tests: the candidate may see how many hidden tests passed, never which.
 */
@DomainEvent
public record SubmissionJudged(long submissionId, RoundId round, boolean byCandidate, Verdict verdict, int samplesPassed,
        int samples, int hiddenPassed, int hidden) {}
