package dev.boucle.scheduler;

import java.util.List;

/** A scheduling problem: starts fall on a grid of {@code grainMinutes} (UTC-aligned). */
public record Instance(int grainMinutes, List<InterviewerSpec> interviewers, List<LoopSpec> loops) {

    public Instance {
        interviewers = Copies.list(interviewers);
        loops = Copies.list(loops);
    }
}
