package dev.boucle.scheduler;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * One candidate's loop: the rounds to place inside the candidate's availability, in the loop's
 * language, with at least {@code minBreakMinutes} between two of the candidate's rounds.
 * {@code excludedInterviewers} already met the candidate at an earlier stage.
 */
public record LoopSpec(String candidate, ZoneId zone, String language, List<Interval> available,
        Set<String> excludedInterviewers, int minBreakMinutes, List<RoundSpec> rounds) {

    public LoopSpec {
        available = Copies.list(available);
        excludedInterviewers = Copies.set(excludedInterviewers);
        rounds = Copies.list(rounds);
    }
}
