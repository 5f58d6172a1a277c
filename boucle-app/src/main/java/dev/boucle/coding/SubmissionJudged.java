package dev.boucle.coding;

import dev.boucle.hiring.RoundId;
import dev.boucle.judge.verdict.Verdict;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * The judge is done with a submission of a round (the pad shows the verdict live). Counts, not
 * tests: the candidate may see how many hidden tests passed, never which. What was judged is
 * named without the code itself: the problem, the language, the SHA-256 of the source, and the
 * build of the judge (problems ship inside its jar, so it versions them too), which is what the
 * log of computed results keeps.
 */
@DomainEvent
public record SubmissionJudged(long submissionId, RoundId round, boolean byCandidate, Verdict verdict, int samplesPassed,
        int samples, int hiddenPassed, int hidden, String problemId, String language, String sourceSha256, String judgeVersion) {}
