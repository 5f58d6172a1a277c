package dev.boucle.scheduling;

import dev.boucle.hiring.process.StageKind;
import java.time.Instant;
import java.util.List;

/**
 * One "plan this loop" run: the stage it plans, the rounds the recruiter pinned, how far it got
 * (its best plan so far while it runs) and whether that plan was published.
 */
public record Schedule(long id, long applicationId, StageKind stage, Status status, List<Pin> pins, ProposedPlan plan,
        int placed, int total, String error, Instant createdAt, Instant finishedAt, Instant publishedAt) {

    public enum Status { RUNNING, DONE, FAILED, PUBLISHED }

    /** A round the recruiter fixed: the solver keeps this interviewer and start. */
    public record Pin(long roundId, long interviewerId, Instant start) {}

    public Schedule {
        pins = List.copyOf(pins);
    }

    public boolean running() {
        return status == Status.RUNNING;
    }
}
